package nl.werkbrug.casework.ui;

import java.util.List;
import java.util.stream.Collectors;

import nl.werkbrug.platform.Formats;
import nl.werkbrug.referrals.PlacementSubsidy;
import nl.werkbrug.referrals.Plaatsing;
import nl.werkbrug.referrals.Referral;

/**
 * Placements through referrals (issue 9): the employer, the vacancy, the first working day, hours and contract, and
 * the subsidy requests the employer filed for the placement.
 */
final class FilePlacementSection extends FilePart {

    FilePlacementSection(FileContext context, List<Referral> hires, List<PlacementSubsidy> requests) {
        super(context, "file-placements", "candidatefile.placements");
        Formats formats = Formats.of(getLocale());
        add(lines("placements", hires.stream().map(hire -> {
            Plaatsing placement = java.util.Objects.requireNonNull(hire.placement());
            String filed = requests.stream().filter(request -> request.referral().equals(hire.id()))
                    .map(request -> getTranslation("candidatefile.placements.subsidy", request.reference(),
                            request.instrumentCode()))
                    .collect(Collectors.joining("; "));
            String text = getTranslation("candidatefile.placements.line", hire.employerName(), hire.vacancyTitle(),
                    date(placement.start()), formats.number(placement.hoursPerWeek()),
                    getTranslation("vacancy.contract-type." + java.util.Objects.requireNonNull(placement.contractType()).name()),
                    hire.pseudonym());
            return line(filed.isEmpty() ? text : text + ". " + filed);
        }).toList(), "candidatefile.placements.none"));
    }
}
