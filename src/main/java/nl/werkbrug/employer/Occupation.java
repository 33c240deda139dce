package nl.werkbrug.employer;

/**
 * An ISCO-08 unit group with its Dutch working title and the BRC 2014 beroepsgroep it belongs to (for Dutch
 * dashboards); the segment is the first 3 digits of the group, the klasse the first 2.
 */
public record Occupation(String iscoCode, String title, String brcGroup, String brcGroupName) {

    public String brcSegment() {
        return brcGroup.substring(0, 3);
    }

    public String brcClass() {
        return brcGroup.substring(0, 2);
    }

    /** For pick lists: "7212 Lasser". */
    public String label() {
        return iscoCode + " " + title;
    }
}
