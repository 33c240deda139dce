package nl.werkbrug.candidates;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import nl.werkbrug.candidates.internal.CandidateFile;
import nl.werkbrug.candidates.internal.CandidateFileRepository;
import nl.werkbrug.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Candidate files of the active municipality, for its consultants. */
@PreAuthorize("@tenantAccess.has('CONSULTANT')")
@Service
@Validated
public class CandidateFiles {

    private final CandidateFileRepository files;
    private final CurrentUser currentUser;

    private final Clock clock;

    CandidateFiles(CandidateFileRepository files, CurrentUser currentUser, Clock clock) {
        this.clock = clock;
        this.files = files;
        this.currentUser = currentUser;
    }

    /** The files assigned to the logged-in consultant in the active municipality, newest first. */
    @Transactional(readOnly = true)
    public List<CandidateFileSummary> caseload() {
        return files.findByConsultantUsernameOrderByCreatedAtDesc(currentUser.require().username()).stream()
                .map(CandidateFile::summary).toList();
    }

    @Transactional(readOnly = true)
    public Optional<CandidateFileSummary> find(long id) {
        return files.findById(id).map(CandidateFile::summary);
    }

    /** Opens a file in the active municipality, assigned to the logged-in consultant. */
    @Transactional
    public CandidateFileSummary open(@Valid NewCandidateFile file) {
        CandidateFile created = new CandidateFile(file.fileNumber(), file.givenName(), file.familyName(),
                file.ladderRung(), currentUser.require().username(), clock.instant());
        return files.save(created).summary();
    }
}
