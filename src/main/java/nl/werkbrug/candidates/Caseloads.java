package nl.werkbrug.candidates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.werkbrug.candidates.internal.CandidateFileRepository;
import nl.werkbrug.candidates.internal.CaseloadSpecification;
import nl.werkbrug.identity.CurrentUser;
import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.tenancy.CaseworkSettings;
import nl.werkbrug.tenancy.CurrentTenant;
import nl.werkbrug.tenancy.TenantDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caseloads of the active municipality: a consultant's own files or the team's, filtered, sorted and paged in the
 * database, and the figures above them (size against the municipality's norm, files not seen within its contact
 * interval, files per rung). Lines carry names, not BSNs; opening a file is what is audited.
 */
@PreAuthorize("@tenantAccess.has('CONSULTANT')")
@Service
public class Caseloads {

    /** The columns a caseload can be sorted on, by the names the views use. */
    public static final Set<String> SORTABLE = Set.of("fileNumber", "familyName", "ladderRung", "lastContactOn",
            "createdAt", "consultantUsername");

    private static final int EXPORT_PAGE = 1000;

    private final CandidateFileRepository files;
    private final CurrentUser currentUser;
    private final CurrentTenant currentTenant;
    private final TenantDirectory directory;
    private final AuditLog audit;
    private final Clock clock;

    Caseloads(CandidateFileRepository files, CurrentUser currentUser, CurrentTenant currentTenant,
              TenantDirectory directory, AuditLog audit, Clock clock) {
        this.files = files;
        this.currentUser = currentUser;
        this.currentTenant = currentTenant;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page of the caseload; unknown sort columns are ignored, ties are broken by file id. */
    @Transactional(readOnly = true)
    public Page<CandidateFileSummary> page(CaseloadFilter filter, Pageable pageable) {
        Sort sort = Sort.by(pageable.getSort().stream().filter(order -> SORTABLE.contains(order.getProperty()))
                .map(order -> order.getProperty().equals("familyName")
                        ? order.ignoreCase() : order).toList());
        if (sort.isUnsorted()) {
            sort = Sort.by("familyName").ascending();
        }
        Pageable page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort.and(Sort.by("id")));
        LocalDate contactDue = contactDue();
        return files.findAll(CaseloadSpecification.of(filter, username(), today(), contactDue), page)
                .map(file -> file.summary(contactDue));
    }

    /**
     * Every line of the caseload, in name order, for an export; exporting names is audited as a view of personal
     * data with the number of lines.
     */
    @Transactional // not read-only: the audit line is written in it (one connection, not two)
    public List<CandidateFileSummary> export(CaseloadFilter filter) {
        List<CandidateFileSummary> lines = new ArrayList<>();
        Page<CandidateFileSummary> page;
        int number = 0;
        do {
            page = page(filter, PageRequest.of(number++, EXPORT_PAGE, Sort.by("familyName")));
            lines.addAll(page.getContent());
        } while (page.hasNext());
        audit.recordWithin(AuditAction.PERSONAL_DATA_VIEWED, currentTenant.require(), "werkvoorraad",
                "caseload exported as CSV (names, no BSN), lines: " + lines.size());
        return lines;
    }

    /** Of the given files, the open ones the logged-in consultant is responsible for, in name order. */
    @Transactional(readOnly = true)
    public List<CandidateFileSummary> mineAmong(java.util.Collection<Long> fileIds) {
        if (fileIds.isEmpty()) {
            return List.of();
        }
        LocalDate contactDue = contactDue();
        String username = username();
        return files.findAllById(fileIds).stream().map(file -> file.summary(contactDue))
                .filter(file -> file.status() == FileStatus.OPEN && username.equals(file.consultant()))
                .sorted(java.util.Comparator.comparing(CandidateFileSummary::name)).toList();
    }

    @Transactional(readOnly = true)
    public long count(CaseloadFilter filter) {
        return files.count(CaseloadSpecification.of(filter, username(), today(), contactDue()));
    }

    /** The figures above the logged-in consultant's caseload. */
    @Transactional(readOnly = true)
    public CaseloadSummary summary() {
        CaseworkSettings settings = settings();
        Map<Integer, Long> byRung = new TreeMap<>();
        for (Object[] row : files.openByRung(username())) {
            byRung.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
        }
        long open = byRung.values().stream().mapToLong(Long::longValue).sum();
        LocalDate due = contactDue();
        long notSeen = due == null ? 0 : files.count(CaseloadSpecification.of(
                new CaseloadFilter(CaseloadFilter.Scope.MINE, null, null, null, null, true, null, false),
                username(), today(), due));
        return new CaseloadSummary(open, settings.caseloadNormPerFte(), settings.contactIntervalWeeks(), notSeen,
                byRung);
    }

    /** The municipality's settings for its consultants' work. */
    private CaseworkSettings settings() {
        return directory.require(currentTenant.require()).casework();
    }

    private @Nullable LocalDate contactDue() {
        Integer weeks = settings().contactIntervalWeeks();
        return weeks == null ? null : today().minusWeeks(weeks);
    }

    private String username() {
        return currentUser.require().username();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
