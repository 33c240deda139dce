package nl.werkbrug.tenancy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How a municipality looks in the portal and its letters, from the {@code brand} section of its {@code tenant.yaml}.
 * Loading checks the colours for WCAG 2.1 AA contrast (see {@link #problems()}).
 *
 * @param logoText      text shown as the logo in the header ("Werkbrug Enschede")
 * @param primary       brand colour: header bar, primary buttons, letterhead
 * @param textOnPrimary text colour on the brand colour
 * @param accent        colour of links and emphasised text on the white page
 * @param logoImage     optional logo image (SVG or PNG) next to {@code tenant.yaml}, shown before the logo text
 */
public record Brand(String logoText, BrandColour primary, BrandColour textOnPrimary, BrandColour accent,
                    @Nullable Path logoImage) {

    /** WCAG 2.1 AA (1.4.3): normal text needs at least 4.5:1 against its background. */
    public static final double TEXT_CONTRAST = 4.5;
    /** WCAG 2.1 AA (1.4.11): parts of controls (focus rings, checked boxes) need at least 3:1 against the page. */
    public static final double NON_TEXT_CONTRAST = 3.0;

    /** A colour that fails WCAG AA where the portal uses it, as field name and explanation. */
    public record ContrastProblem(String field, String problem) {
    }

    /** The colours that fall short of WCAG 2.1 AA where the portal uses them; empty when all pass. */
    public List<ContrastProblem> problems() {
        List<ContrastProblem> problems = new ArrayList<>();
        check(problems, "textOnPrimary", textOnPrimary, "as text on brand.primary " + primary, primary, TEXT_CONTRAST);
        check(problems, "accent", accent, "as text on the white page", BrandColour.WHITE, TEXT_CONTRAST);
        check(problems, "primary", primary, "as control colour on the white page", BrandColour.WHITE, NON_TEXT_CONTRAST);
        return problems;
    }

    private static void check(List<ContrastProblem> problems, String field, BrandColour colour, String use,
                              BrandColour background, double needed) {
        double ratio = colour.contrastWith(background);
        if (ratio < needed) {
            problems.add(new ContrastProblem(field, String.format(Locale.ROOT,
                    "%s %s has a contrast of %.2f:1, WCAG 2.1 AA needs at least %.1f:1", colour, use, ratio, needed)));
        }
    }
}
