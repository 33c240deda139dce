package nl.werkbrug.candidates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import nl.werkbrug.candidates.internal.CandidateFileRepository;
import nl.werkbrug.employer.Occupations;
import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.platform.BsnVault;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.shared.Labelled;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantDirectory;
import nl.werkbrug.tenancy.TenantDocuments;
import nl.werkbrug.tenancy.TenantDocuments.Line;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidate's copy of their file (inzage, AVG art. 15) as a Dutch PDF in the municipality's name: every
 * personal datum the file holds, including the whole BSN (it is the candidate's own), with the purposes, recipients,
 * retention term and rights the article requires. Producing it is audited.
 */
@PreAuthorize("@tenantAccess.has('CONSULTANT')")
@Service
public class CandidateInzage {

    private static final Formats NL = Formats.DUTCH;

    private final CandidateFileRepository files;
    private final TenantDirectory directory;
    private final TenantDocuments documents;
    private final Occupations occupations;
    private final AuditLog audit;
    private final BsnVault vault;
    private final Clock clock;

    CandidateInzage(CandidateFileRepository files, TenantDirectory directory, TenantDocuments documents,
                    Occupations occupations, AuditLog audit, BsnVault vault, Clock clock) {
        this.files = files;
        this.directory = directory;
        this.documents = documents;
        this.occupations = occupations;
        this.audit = audit;
        this.vault = vault;
        this.clock = clock;
    }

    /** The file name the download is offered under. */
    public static String fileName(CandidateFileDetail file) {
        return "inzage-" + file.fileNumber() + ".pdf";
    }

    @Transactional // not read-only: the audit line is written in it (one connection, not two)
    public byte[] pdf(long fileId) {
        var file = files.findById(fileId)
                .orElseThrow(() -> InvalidInputException.of("file", "candidates.error.not-found"));
        CandidateFileDetail detail = file.detail();
        Tenant tenant = directory.require(detail.tenantId());
        byte[] pdf = documents.render(tenant, "Inzage persoonsgegevens " + detail.fileNumber() + " - " + tenant.name(),
                lines(detail, file.bsnSealed() == null ? null : vault.reveal(file.bsnSealed()).value(), tenant));
        audit.recordWithin(AuditAction.INZAGE_DOWNLOADED, detail.tenantId(), CandidateFiles.subject(fileId),
                "access copy (AVG art. 15) produced");
        return pdf;
    }

    private List<Line> lines(CandidateFileDetail file, @Nullable String bsn, Tenant tenant) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.title("Inzage in uw persoonsgegevens"));
        lines.add(Line.text("Datum: " + NL.longDate(LocalDate.now(clock))));
        lines.add(Line.text("Dossiernummer: " + file.fileNumber()));
        lines.add(Line.text("Aan: " + file.name()));
        lines.add(Line.gap());
        lines.add(Line.text("U vroeg welke persoonsgegevens " + tenant.name() + " over u verwerkt (artikel 15 van de "
                + "Algemene verordening gegevensbescherming). Hieronder staan alle gegevens uit uw dossier bij "
                + tenant.executingOrganisation() + "."));
        lines.add(Line.gap());
        lines.add(Line.heading("Waarom wij deze gegevens verwerken"));
        lines.add(Line.text("Om u te ondersteunen bij het vinden van werk of het meedoen in de samenleving, zoals de "
                + "Participatiewet de gemeente opdraagt (artikelen 7 en 10 Participatiewet). De gegevens komen van uzelf, "
                + "van uw consulent en, voor het doelgroepregister, van UWV. Ze zijn alleen zichtbaar voor de consulenten "
                + "van " + tenant.shortName() + "; werkgevers zien ze niet."));
        lines.add(Line.gap());

        lines.add(Line.heading("Persoonsgegevens"));
        lines.add(Line.text("Naam: " + file.name()));
        lines.add(Line.text("Burgerservicenummer: " + (bsn == null ? "-" : bsn)));
        lines.add(Line.text("Geboortedatum: " + dash(NL.longDate(file.birthDate()))));
        lines.add(Line.text("Adres: " + dash(java.util.stream.Stream.of((file.street() + " " + file.houseNumber()).strip(),
                (file.postcode() + " " + file.city()).strip()).filter(part -> !part.isEmpty())
                .collect(Collectors.joining(", ")))));
        lines.add(Line.text("Telefoon: " + dash(file.phone()) + "   E-mail: " + dash(file.email())));
        lines.add(Line.text("Uitkering: " + label(file.benefit())
                + (file.benefitSince() == null ? "" : ", sinds " + NL.longDate(file.benefitSince()))));
        lines.add(Line.text("Uw consulent: " + dash(file.consultant())));

        lines.add(Line.heading("Participatieladder"));
        none(lines, file.ladder());
        file.ladder().forEach(step -> lines.add(Line.text(NL.date(step.assessedOn()) + ": trede "
                + NL.text("candidates.rung." + step.rung()) + " (vastgesteld door " + step.assessor() + ")"
                + note(step.note()))));

        lines.add(Line.heading("Doelgroepen"));
        none(lines, file.flags());
        file.flags().forEach(flag -> lines.add(Line.text(label(flag.flag()) + ": " + period(flag.from(), flag.until())
                + note(flag.basis()))));

        lines.add(Line.heading("Arbeidsverplichting"));
        none(lines, file.obligations());
        file.obligations().forEach(o -> lines.add(Line.text(label(o.kind()) + ": " + period(o.from(), o.until())
                + note(o.reason()))));

        lines.add(Line.heading("Belemmeringen"));
        none(lines, file.obstacles());
        file.obstacles().forEach(o -> lines.add(Line.text(label(o.obstacle()) + ": " + period(o.from(), o.until()))));

        profile(lines, file.profile());

        lines.add(Line.heading("Intake en diagnose"));
        none(lines, file.intakes());
        file.intakes().forEach(i -> lines.add(Line.text(NL.date(i.heldOn()) + ": " + label(i.outcome())
                + (i.diagnoses().isEmpty() ? "" : "; onderzoek: " + i.diagnoses().stream().sorted()
                .map(this::label).collect(Collectors.joining(", "))) + note(i.note()))));

        lines.add(Line.heading("Traject"));
        none(lines, file.deployments());
        file.deployments().forEach(d -> lines.add(Line.text(d.instrumentName() + ": " + period(d.start(), d.endedOn())
                + (d.plannedEnd() == null ? "" : ", gepland tot " + NL.date(d.plannedEnd()))
                + (d.provider().isEmpty() ? "" : ", uitvoerder " + d.provider())
                + (d.cost() == null ? "" : ", kosten " + NL.money(d.cost())) + note(d.outcome()))));

        lines.add(Line.heading("Contacten"));
        none(lines, file.contacts());
        file.contacts().forEach(c -> lines.add(Line.text(NL.date(c.heldOn()) + ", " + label(c.kind()).toLowerCase(
                NL.locale()) + " (" + c.recordedBy() + ")" + note(c.note()))));

        lines.add(Line.heading("Afspraken"));
        none(lines, file.agreements());
        file.agreements().forEach(a -> lines.add(Line.text(a.description() + ", uiterlijk " + NL.date(a.dueOn())
                + (a.doneOn() == null ? "" : ", nagekomen op " + NL.date(a.doneOn())))));

        if (file.closedOn() != null) {
            lines.add(Line.heading("Uitstroom"));
            lines.add(Line.text(label(file.outflowReason()) + " op " + NL.longDate(file.closedOn())
                    + (file.outflowLasted() == null ? "" : file.outflowLasted() ? "; na zes maanden duurzaam"
                    : "; na zes maanden niet duurzaam")));
        }

        lines.add(Line.gap());
        lines.add(Line.heading("Hoe lang wij uw gegevens bewaren"));
        lines.add(Line.text(tenant.casework().retentionAfterClosing() == null
                ? "De gemeente heeft in Werkbrug geen bewaartermijn ingesteld; uw dossier wordt niet automatisch "
                + "verwijderd. Vraag uw consulent naar de termijn die de gemeente hanteert."
                : "Tot " + years(tenant) + " na het afsluiten van uw dossier. Daarna verwijderen wij uw "
                + "persoonsgegevens uit het dossier."));
        lines.add(Line.heading("Uw rechten"));
        lines.add(Line.text("U kunt ons vragen gegevens te verbeteren of aan te vullen (artikel 16 AVG), te wissen "
                + "(artikel 17), de verwerking te beperken (artikel 18) of bezwaar maken tegen de verwerking (artikel "
                + "21). Bent u het niet eens met hoe wij met uw gegevens omgaan, dan kunt u een klacht indienen bij de "
                + "Autoriteit Persoonsgegevens."));
        lines.add(Line.gap());
        lines.add(Line.text("Met vriendelijke groet,"));
        lines.add(Line.text(tenant.executingOrganisation()));
        return lines;
    }

    private void profile(List<Line> lines, CandidateProfile profile) {
        lines.add(Line.heading("Profiel"));
        lines.add(Line.text("Beroepen: " + dash(profile.iscoCodes().stream()
                .map(code -> occupations.find(code).map(o -> o.label()).orElse(code))
                .collect(Collectors.joining(", ")))));
        lines.add(Line.text("Vaardigheden: " + dash(String.join(", ", profile.skills()))));
        lines.add(Line.text("Opleiding: " + label(profile.education())));
        lines.add(Line.text("Talen: " + dash(profile.languages().stream()
                .map(language -> language.language() + " (" + label(language.level()) + ")")
                .collect(Collectors.joining(", ")))));
        lines.add(Line.text("Rijbewijs: " + (profile.drivingLicence() ? "ja" : "nee")
                + "   Uren per week: " + dash(profile.hoursPerWeek() == null ? "" : NL.number(profile.hoursPerWeek()))
                + "   Reisafstand: " + dash(profile.travelKm() == null ? "" : NL.number(profile.travelKm()) + " km")
                + "   Beschikbaar vanaf: " + dash(NL.date(profile.availableFrom()))));
        lines.add(Line.text("Motivatie: " + dash(profile.motivation())));
        lines.add(Line.text("Vaardighedenprofiel: " + dash(profile.skillsProfile())));
    }

    private String label(@Nullable Labelled value) {
        return value == null ? "-" : NL.text(value.labelKey());
    }

    private static void none(List<Line> lines, List<?> entries) {
        if (entries.isEmpty()) {
            lines.add(Line.text("Niets vastgelegd."));
        }
    }

    private static String period(LocalDate from, @Nullable LocalDate until) {
        return "vanaf " + NL.date(from) + (until == null ? "" : " tot en met " + NL.date(until));
    }

    private static String note(String note) {
        return note.isBlank() ? "" : ". " + note;
    }

    private static String dash(@Nullable String value) {
        return value == null || value.isBlank() ? "-" : value;
    }

    private static String years(Tenant tenant) {
        var term = java.util.Objects.requireNonNull(tenant.casework().retentionAfterClosing());
        return term.getYears() > 0 ? term.getYears() + " jaar" : term.getMonths() + " maanden";
    }
}
