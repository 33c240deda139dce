package nl.werkbrug.employer;

/** An employer's admin invited a colleague (the e-mail address stays out of the event). Carries ids and the acting user name, no personal data. */
public record ColleagueInvited(String regionId, String actor, long employerId, long invitationId) implements EmployerEvent {

    @Override
    public String auditAction() {
        return "EMPLOYER_INVITED";
    }

    @Override
    public String auditDetail() {
        return "uitnodiging " + invitationId;
    }
}
