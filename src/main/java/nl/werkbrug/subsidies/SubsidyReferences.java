package nl.werkbrug.subsidies;

import java.time.LocalDate;

import nl.werkbrug.tenancy.TenantDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out the next reference of a municipality for a year. The counter row is locked by the upsert until the
 * submitting transaction ends, so two submissions never draw the same number; a unique index on the request's
 * reference backs this. Runs inside the caller's transaction in the municipality (row-level security on the counter).
 */
@Component
class SubsidyReferences {

    private final JdbcClient jdbc;
    private final TenantDirectory directory;

    SubsidyReferences(JdbcClient jdbc, TenantDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    SubsidyReference next(String municipality, LocalDate submittedOn) {
        int number = jdbc.sql("""
                        insert into subsidy_reference_counter (tenant_id, year, last_number) values (:tenant, :year, 1)
                        on conflict (tenant_id, year)
                            do update set last_number = subsidy_reference_counter.last_number + 1
                        returning last_number""")
                .param("tenant", municipality).param("year", submittedOn.getYear()).query(Integer.class).single();
        return SubsidyReference.of(directory.require(municipality).cbsCode(), submittedOn.getYear(), number);
    }
}
