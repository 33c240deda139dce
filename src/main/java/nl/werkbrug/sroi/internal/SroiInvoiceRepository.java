package nl.werkbrug.sroi.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SroiInvoiceRepository extends JpaRepository<SroiInvoice, Long> {

    Optional<SroiInvoice> findByRealisationId(long realisationId);

    /** The file name of each invoice of a contract, by realisation, without reading the files. */
    List<Name> findByContractId(long contractId);

    /** A closed projection: only these two columns are selected. */
    interface Name {
        long getRealisationId();

        String getFileName();
    }
}
