package nl.werkbrug.casework.ui;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.candidates.CandidateFileDetail;
import nl.werkbrug.candidates.CandidateFiles;
import nl.werkbrug.candidates.CandidateInzage;
import nl.werkbrug.employer.Occupations;
import nl.werkbrug.pool.PoolConsents;
import nl.werkbrug.referrals.PlacementSubsidyRequests;
import nl.werkbrug.referrals.Referral;
import nl.werkbrug.referrals.Referrals;
import nl.werkbrug.subsidies.SubsidyDecisions;
import nl.werkbrug.tenancy.CurrentTenant;
import nl.werkbrug.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

/**
 * A candidate's file for the consultants of its municipality: identity (BSN masked), participatieladder, doelgroepen
 * and obstacles, profile, trajectory, journal, team, outflow and the history of it all. A file of another
 * municipality, or an id that is none, shows the not-found page. A closed file is read only.
 */
@Route("gemeente/:tenant/dossiers/:id")
@RolesAllowed("CONSULTANT")
class CandidateFileView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CandidateFiles files;
    private final CandidateInzage inzage;
    private final SubsidyDecisions subsidies;
    private final Occupations occupations;
    private final PoolConsents consents;
    private final Referrals referrals;
    private final PlacementSubsidyRequests placementSubsidies;
    private final CurrentTenant currentTenant;
    private final Clock clock;
    private final FileContext.OpenForms openForms = new FileContext.OpenForms();
    private String title = "";

    CandidateFileView(CandidateFiles files, CandidateInzage inzage, SubsidyDecisions subsidies, Occupations occupations,
                      PoolConsents consents, Referrals referrals, PlacementSubsidyRequests placementSubsidies,
                      CurrentTenant currentTenant, Clock clock) {
        this.files = files;
        this.inzage = inzage;
        this.subsidies = subsidies;
        this.occupations = occupations;
        this.consents = consents;
        this.referrals = referrals;
        this.placementSubsidies = placementSubsidies;
        this.currentTenant = currentTenant;
        this.clock = clock;
        addClassName("werkbrug-page");
        setId("candidate-file");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<CandidateFileDetail> found = event.getRouteParameters().get("id")
                .filter(id -> id.matches("[0-9]{1,12}")).flatMap(id -> files.find(Long.parseLong(id)));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        openForms.clear();
        show(found.get(), null);
    }

    /** Shows the file; after a change, with what was saved. */
    private void show(CandidateFileDetail file, @Nullable String savedKey) {
        removeAll();
        String tenant = currentTenant.require();
        title = getTranslation("candidatefile.title", file.name(), file.fileNumber());
        Paragraph saved = new Paragraph(savedKey == null ? "" : getTranslation(savedKey));
        saved.setId("file-saved");
        saved.getElement().setAttribute("role", "status");
        Anchor back = new Anchor("gemeente/" + tenant + "/werkvoorraad", getTranslation("candidatefile.back"));
        back.setId("back-to-caseload");
        add(new H1(title), saved);
        if (!file.open()) {
            Paragraph closed = new Paragraph(getTranslation("candidatefile.closed", date(file.closedOn())));
            closed.setId("file-closed");
            add(closed);
        }
        // The download's request carries no route, so it runs in the municipality the file was shown in.
        Anchor copy = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] pdf = TenantContext.callAs(tenant, () -> inzage.pdf(file.id()));
            return new DownloadResponse(new java.io.ByteArrayInputStream(pdf), CandidateInzage.fileName(file),
                    "application/pdf", pdf.length);
        }), getTranslation("candidatefile.inzage"));
        copy.setId("inzage");
        copy.getElement().setAttribute("download", true);
        add(new Paragraph(back), new Paragraph(copy));
        FileContext context = new FileContext(files, file, clock, this::show, openForms);
        add(new FileIdentityPart(context, tenant, files.bsnIndex(file.id()).map(subsidies::forEmployee).orElse(List.of())),
                new FileLadderSection(context),
                new FileGroupsSection(context), new FileTrajectorySection(context), new FileJournalSection(context),
                new FileOutflowSection(context), placements(context, file.id()),
                new FileTeamSection(context, files.colleagues()),
                new FileProfileSection(context, occupations.all()), new FilePoolSection(context, consents, tenant),
                new FileHistorySection(context));
        if (savedKey != null) {
            Notification.show(getTranslation(savedKey));
        }
    }

    private String date(java.time.@Nullable LocalDate day) {
        return nl.werkbrug.platform.Formats.of(getLocale()).date(day);
    }

    @Override
    public String getPageTitle() {
        return title + " - " + getTranslation("app.name");
    }

    private FilePlacementSection placements(FileContext context, long fileId) {
        List<Referral> hires = referrals.placementsOf(fileId);
        return new FilePlacementSection(context, hires,
                placementSubsidies.of(hires.stream().map(Referral::id).toList()));
    }
}
