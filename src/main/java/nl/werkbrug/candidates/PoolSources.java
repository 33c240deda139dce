package nl.werkbrug.candidates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.werkbrug.candidates.internal.CandidateFile;
import nl.werkbrug.candidates.internal.CandidateFileRepository;
import nl.werkbrug.catalogue.Applicability;
import nl.werkbrug.catalogue.InstrumentApplicability;
import nl.werkbrug.catalogue.PersonFacts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facts of a file of the active municipality that the regional pool projects into a pseudonymous profile. Read
 * by the pool when a file's events arrive (as the portal itself) and when a consultant puts the file in the pool. Not
 * audited as a view of personal data: nothing it returns names or locates the candidate.
 */
@Service
public class PoolSources {

    private final CandidateFileRepository files;
    private final InstrumentApplicability applicability;
    private final Clock clock;

    PoolSources(CandidateFileRepository files, InstrumentApplicability applicability, Clock clock) {
        this.files = files;
        this.applicability = applicability;
        this.clock = clock;
    }

    /** Empty: the active municipality has no such file. */
    @PreAuthorize("@tenantAccess.has('CONSULTANT') or hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public Optional<PoolSource> of(long fileId) {
        LocalDate today = LocalDate.now(clock);
        return files.findById(fileId).map(file -> source(file,
                applicability.judge(file.tenantId(), today), today));
    }

    /**
     * Name, phone and e-mail of a file of the active municipality, for the pool once the candidate agreed to an
     * introduction (the pool audits the reveal); read by the pool as the system. Empty: no such file here.
     */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public Optional<PoolContact> contact(long fileId) {
        return files.findById(fileId).map(CandidateFile::detail).map(detail -> new PoolContact(detail.id(),
                detail.name(), detail.phone(), detail.email(), detail.consultant()));
    }

    /**
     * The sources of many files of the active municipality at once (the catalogue read once for all), in the order
     * of the ids; ids of files the municipality does not have are left out.
     */
    @PreAuthorize("@tenantAccess.has('CONSULTANT') or hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public List<PoolSource> of(List<Long> fileIds) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, CandidateFile> found = files.findAllById(fileIds).stream()
                .collect(Collectors.toMap(CandidateFile::id, file -> file));
        if (found.isEmpty()) {
            return List.of();
        }
        var judge = applicability.judge(found.values().iterator().next().tenantId(), today);
        return fileIds.stream().filter(found::containsKey).map(id -> source(found.get(id), judge, today)).toList();
    }

    private PoolSource source(CandidateFile file, Function<PersonFacts, List<Applicability>> judge, LocalDate today) {
        CandidateFileDetail detail = file.detail();
        var applying = judge.apply(CandidateFiles.facts(detail, today)).stream()
                .filter(result -> result.outcome() == Applicability.Outcome.APPLIES)
                .map(Applicability::code).collect(Collectors.toSet());
        var flags = detail.flags().stream().filter(flag -> flag.holdsOn(today))
                .map(CandidateFileDetail.FlagLine::flag)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DoelgroepFlag.class)));
        CandidateProfile profile = detail.profile();
        String postcode = detail.postcode();
        return new PoolSource(detail.id(), detail.tenantId(), detail.open(), detail.birthDate(),
                postcode.length() >= 4 ? postcode.substring(0, 4) : null, detail.ladderRung(), profile.iscoCodes(),
                profile.skills(), profile.education(), profile.languages(), profile.drivingLicence(),
                profile.hoursPerWeek(), profile.availableFrom(), profile.travelKm(), applying, flags);
    }
}
