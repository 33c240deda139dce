package nl.werkbrug.employer.internal;

import java.util.List;

import nl.werkbrug.employer.VacancyStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VacancyRepository extends JpaRepository<Vacancy, Long> {

    List<Vacancy> findByEmployerIdOrderByUpdatedAtDesc(long employerId);

    List<Vacancy> findByStatusOrderByPublishedAtDesc(VacancyStatus status);
}
