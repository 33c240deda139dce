package nl.werkbrug.casework.ui;

import java.util.List;

import nl.werkbrug.platform.Formats;
import nl.werkbrug.referrals.Plaatsing;
import nl.werkbrug.referrals.Referral;

/** Placements through referrals (issue 9): the employer, the vacancy, the first working day, hours and contract. */
final class FilePlacementSection extends FilePart {

    FilePlacementSection(FileContext context, List<Referral> hires) {
        super(context, "file-placements", "candidatefile.placements");
        Formats formats = Formats.of(getLocale());
        add(lines("placements", hires.stream().map(hire -> {
            Plaatsing placement = java.util.Objects.requireNonNull(hire.placement());
            return line(getTranslation("candidatefile.placements.line", hire.employerName(), hire.vacancyTitle(),
                    date(placement.start()), formats.number(placement.hoursPerWeek()),
                    getTranslation("vacancy.contract-type." + java.util.Objects.requireNonNull(placement.contractType()).name()),
                    hire.pseudonym()));
        }).toList(), "candidatefile.placements.none"));
    }
}
