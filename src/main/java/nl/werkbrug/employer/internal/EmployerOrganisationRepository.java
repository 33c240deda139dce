package nl.werkbrug.employer.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EmployerOrganisationRepository extends JpaRepository<EmployerOrganisation, Long> {

    Optional<EmployerOrganisation> findByKvkNumber(String kvkNumber);
}
