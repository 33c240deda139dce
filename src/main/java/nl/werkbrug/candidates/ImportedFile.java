package nl.werkbrug.candidates;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A candidate file as another system (or the demo generator) hands it over: who the candidate is, what they can, and
 * every dated entry of the file's history. {@link CaseloadImport} builds the file from it through the same rules a
 * consultant's input passes, each entry judged on its own date.
 *
 * @param fileNumber  the municipality's own client number
 * @param consultant  the responsible consultant (user name)
 * @param openedOn    the day the file was opened; every entry lies on or after it
 * @param profileOn   the day the profile was recorded
 * @param ladder      participatieladder assessments, each on its own date
 * @param deployments instruments deployed, each given by the codes it may be (the first that applies is taken)
 * @param outflow     how the file closed; none: it is open
 */
public record ImportedFile(String fileNumber, String consultant, LocalDate openedOn, CandidateIdentity identity,
                           CandidateProfile profile, LocalDate profileOn, List<FileEntry.LadderAssessment> ladder,
                           List<FileEntry.FlagEntry> flags, List<FileEntry.ObligationEntry> obligations,
                           List<FileEntry.ObstacleEntry> obstacles, List<Deployment> deployments,
                           List<FileEntry.ContactEntry> contacts, List<Agreement> agreements,
                           FileEntry.@Nullable OutflowEntry outflow) {

    public ImportedFile {
        ladder = List.copyOf(ladder);
        flags = List.copyOf(flags);
        obligations = List.copyOf(obligations);
        obstacles = List.copyOf(obstacles);
        deployments = List.copyOf(deployments);
        contacts = List.copyOf(contacts);
        agreements = List.copyOf(agreements);
    }

    /**
     * A deployment of an instrument of the municipality's catalogue.
     *
     * @param instrumentCodes the instruments in order of preference; the first the catalogue says applies on the start
     *                        day is planned, none applying: the deployment is left out
     * @param end             how it ended; none: it runs
     */
    public record Deployment(List<String> instrumentCodes, FileEntry.DeploymentPlan plan,
                             FileEntry.@Nullable DeploymentEnd end) {

        public Deployment {
            instrumentCodes = List.copyOf(instrumentCodes);
        }
    }

    /** An agreement made on a day. */
    public record Agreement(LocalDate madeOn, FileEntry.AgreementEntry agreement) {
    }
}
