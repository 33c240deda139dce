package nl.werkbrug.candidates.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CandidateFileRepository extends JpaRepository<CandidateFile, Long> {

    List<CandidateFile> findByConsultantUsernameOrderByCreatedAtDesc(String consultantUsername);
}
