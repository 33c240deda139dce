package nl.werkbrug.candidates;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import nl.werkbrug.candidates.internal.CandidateFile;
import nl.werkbrug.candidates.internal.CandidateFileRepository;
import nl.werkbrug.catalogue.Applicability;
import nl.werkbrug.catalogue.InstrumentApplicability;
import nl.werkbrug.catalogue.PersonFacts;
import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.platform.BsnVault;
import nl.werkbrug.shared.DutchTime;
import nl.werkbrug.tenancy.TenantContext;
import nl.werkbrug.tenancy.TenantDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes over a municipality's caseload in one go (the demo caseloads; later a migration from the municipality's own
 * system). Every file is built through the file's own methods, each entry with a clock standing on the entry's date,
 * so every rule a consultant's input meets holds for imported files too and the file shows the day it was opened.
 * The entries' events are not published one by one: the import is audited once per municipality.
 */
@Service
public class CaseloadImport {

    private final CandidateFileRepository files;
    private final InstrumentApplicability applicability;
    private final TenantDirectory directory;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final EntityManager entityManager;
    private final Clock clock;
    private final BsnVault vault;
    private final JdbcClient jdbc;

    CaseloadImport(CandidateFileRepository files, InstrumentApplicability applicability, TenantDirectory directory,
                   AuditLog audit, PlatformTransactionManager transactionManager, EntityManager entityManager,
                   Clock clock, BsnVault vault, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.files = files;
        this.vault = vault;
        this.entityManager = entityManager;
        this.clock = clock;
        this.applicability = applicability;
        this.directory = directory;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Whether the municipality already has files whose number starts with the prefix. */
    @PreAuthorize("hasRole('SYSTEM')")
    public boolean hasFiles(String tenantId, String numberPrefix) {
        return Boolean.TRUE.equals(TenantContext.callAs(tenantId, () -> transaction.execute(status ->
                files.existsByFileNumberStartingWith(numberPrefix))));
    }

    /** Ids of the municipality's open files numbered with the prefix (those an import brought), in id order. */
    @PreAuthorize("hasRole('SYSTEM')")
    public List<Long> openFiles(String tenantId, String numberPrefix) {
        return TenantContext.callAs(tenantId, () -> transaction.execute(status -> files.openIdsNumbered(numberPrefix)));
    }

    /**
     * Imports the files into the municipality in one transaction, unless it already has files numbered with the
     * prefix (then nothing happens), and writes one audit entry "{@code source} caseload imported: N files".
     *
     * @return the number of files imported; 0 when the municipality had them already
     * @throws IllegalArgumentException when a file number does not start with the prefix
     * @throws nl.werkbrug.shared.InvalidInputException when an entry breaks a rule of the file (nothing is saved)
     */
    @PreAuthorize("hasRole('SYSTEM')")
    public int importFiles(String tenantId, String source, String numberPrefix, List<ImportedFile> imported) {
        imported.stream().filter(file -> !file.fileNumber().startsWith(numberPrefix)).findFirst().ifPresent(file -> {
            throw new IllegalArgumentException("File number " + file.fileNumber() + " lacks prefix " + numberPrefix);
        });
        Integer count = TenantContext.callAs(tenantId, () -> transaction.execute(status -> {
            if (files.existsByFileNumberStartingWith(numberPrefix)) {
                return 0;
            }
            String region = directory.region().id();
            Function<PersonFacts, List<Applicability>> judge = applicability.judge(tenantId, LocalDate.now(clock));
            for (ImportedFile file : imported) {
                build(judge, region, file);
                // Each file written and let go: the persistence context stays small, so no query of the next file
                // (applicability, checks) dirty-checks every file imported before it.
                entityManager.flush();
                entityManager.clear();
            }
            audit.entry(AuditAction.CANDIDATE_FILE_OPENED, tenantId, "system", "kandidaatdossiers " + numberPrefix,
                    source + " caseload imported: " + imported.size() + " files");
            return imported.size();
        }));
        return count == null ? 0 : count;
    }

    private void build(Function<PersonFacts, List<Applicability>> judge, String region, ImportedFile in) {
        String by = in.consultant();
        CandidateFile file = new CandidateFile(in.fileNumber(), in.identity(), vault::protect, on(by, region, in.openedOn()));
        file.editProfile(in.profile(), on(by, region, in.profileOn()));
        in.ladder().forEach(step -> file.recordRung(step, on(by, region, step.assessedOn())));
        in.flags().forEach(flag -> file.addFlag(flag, on(by, region, flag.from())));
        in.obligations().stream().sorted(Comparator.comparing(FileEntry.ObligationEntry::from))
                .forEach(obligation -> file.recordObligation(obligation, on(by, region, obligation.from())));
        in.obstacles().forEach(obstacles -> file.addObstacles(obstacles, on(by, region, obstacles.from())));
        List<ImportedFile.Deployment> deployments = in.deployments().stream()
                .sorted(Comparator.comparing(deployment -> deployment.plan().start())).toList();
        List<ImportedFile.Deployment> planned = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (ImportedFile.Deployment deployment : deployments) {
            LocalDate start = java.util.Objects.requireNonNull(deployment.plan().start());
            Optional<Applicability> verdict = applying(judge, file, deployment, start, codes);
            verdict.ifPresent(instrument -> {
                file.planDeployment(new FileEntry.DeploymentPlan(instrument.code(), deployment.plan().provider(),
                                start, deployment.plan().plannedEnd(), deployment.plan().cost()),
                        new CandidateFile.Instrument(instrument.code(), instrument.name(), instrument.outcome()),
                        on(by, region, start));
                codes.add(instrument.code());
                planned.add(deployment);
            });
        }
        file.forgetEventsOfImport();
        // Saved here so the deployments have the ids their ends refer to.
        CandidateFile saved = files.save(file);
        List<CandidateFileDetail.DeploymentLine> lines = saved.detail().deployments();
        for (int i = 0; i < planned.size(); i++) {
            FileEntry.DeploymentEnd end = planned.get(i).end();
            if (end != null) {
                saved.endDeployment(lines.get(i).id(), end, on(by, region, java.util.Objects.requireNonNull(end.endedOn())));
            }
        }
        in.contacts().forEach(contact -> saved.recordContact(contact, on(by, region, contact.heldOn())));
        in.agreements().forEach(agreement -> saved.addAgreement(agreement.agreement(),
                on(by, region, agreement.madeOn())));
        FileEntry.OutflowEntry outflow = in.outflow();
        if (outflow != null) {
            saved.recordOutflow(outflow, on(by, region, java.util.Objects.requireNonNull(outflow.on())));
        }
        saved.forgetEventsOfImport();
    }

    /**
     * The first of the deployment's instruments not planned yet that applies to the candidate as they were on the
     * start day. The catalogue is the one of the import day, read once per import: judging every deployment on its
     * own day's catalogue read it hundreds of times (seconds); a catalogue change within a trajectory's past is
     * not seen.
     */
    private static Optional<Applicability> applying(Function<PersonFacts, List<Applicability>> judge, CandidateFile file,
                                                    ImportedFile.Deployment deployment, LocalDate start,
                                                    Set<String> planned) {
        List<Applicability> verdicts = judge.apply(CandidateFiles.facts(file.detail(), start));
        return deployment.instrumentCodes().stream().filter(code -> !planned.contains(code))
                .flatMap(code -> verdicts.stream().filter(verdict -> verdict.code().equals(code)
                        && verdict.outcome() == Applicability.Outcome.APPLIES))
                .findFirst();
    }

    /** An event of an imported file as the file would have published it, with the day of its entry. */
    public record DatedEvent(LocalDate on, CandidateEvent event) {
    }

    /**
     * What the files numbered with the prefix hold, as the events their entries would have published, each dated by
     * its entry (the import publishes none): every ladder rung with the one before it, every instrument deployed, and
     * the outflow. For the dashboards' facts of an import (the demo); ids, codes and dates only.
     */
    @PreAuthorize("hasRole('SYSTEM')")
    public List<DatedEvent> history(String tenantId, String numberPrefix) {
        String region = directory.region().id();
        return TenantContext.callAs(tenantId, () -> transaction.execute(status -> {
            List<DatedEvent> events = new ArrayList<>();
            String numbered = " join candidate_file f on f.id = e.file_id where f.file_number like :prefix";
            Long[] file = {null};
            Integer[] previous = {null};
            jdbc.sql("select e.file_id, e.rung, e.assessed_on from candidate_ladder_step e" + numbered
                            + " order by e.file_id, e.assessed_on, e.id").param("prefix", numberPrefix + "%")
                    .query(rs -> {
                        long id = rs.getLong(1);
                        if (file[0] == null || file[0] != id) {
                            file[0] = id;
                            previous[0] = null;
                        }
                        events.add(new DatedEvent(rs.getObject(3, LocalDate.class), new CandidateEvent.LadderRungRecorded(
                                id, tenantId, region, "import", previous[0], rs.getInt(2))));
                        previous[0] = rs.getInt(2);
                    });
            jdbc.sql("select e.file_id, e.instrument_code, e.start_on from candidate_deployment e" + numbered)
                    .param("prefix", numberPrefix + "%")
                    .query(rs -> {
                        events.add(new DatedEvent(rs.getObject(3, LocalDate.class), new CandidateEvent.TrajectoryStarted(
                                rs.getLong(1), tenantId, region, "import", rs.getString(2))));
                    });
            jdbc.sql("""
                            select id, closed_on, outflow_reason from candidate_file
                            where file_number like :prefix and outflow_reason is not null and closed_on is not null""")
                    .param("prefix", numberPrefix + "%")
                    .query(rs -> {
                        events.add(new DatedEvent(rs.getObject(2, LocalDate.class), new CandidateEvent.OutflowRecorded(
                                rs.getLong(1), tenantId, region, "import", OutflowReason.valueOf(rs.getString(3)))));
                    });
            return events;
        }));
    }

    /** The consultant acting on a day: the clock stands at ten in the morning, Dutch time. */
    private static CandidateFile.Acting on(String username, String region, LocalDate day) {
        return new CandidateFile.Acting(username, region,
                Clock.fixed(day.atTime(LocalTime.of(10, 0)).atZone(DutchTime.ZONE).toInstant(), DutchTime.ZONE));
    }
}
