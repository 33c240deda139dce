package nl.werkbrug.catalogue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import jakarta.validation.Valid;
import nl.werkbrug.catalogue.internal.CatalogueStore;
import nl.werkbrug.tenancy.TenantContext;
import nl.werkbrug.tenancy.TenantDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * Which instruments of a person's municipality of residence apply to them, and why the others do not. The catalogue
 * is public, so anyone may ask (the front door's guided question asks for visitors who are not signed in); the
 * facts are passed in and not stored.
 */
@Service
@Validated
public class InstrumentApplicability {

    private final CatalogueStore store;
    private final TenantDirectory directory;
    private final TransactionTemplate readOnly;

    InstrumentApplicability(CatalogueStore store, TenantDirectory directory, PlatformTransactionManager transactionManager) {
        this.store = store;
        this.directory = directory;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Every instrument in the catalogue of {@code municipality} on the facts' reference date, judged against the facts:
     * first those that apply, then those that cannot be decided yet, then those that do not apply.
     */
    @PreAuthorize("permitAll()") // the catalogue is public: the front door asks for visitors (issue 11)
    public List<Applicability> forResident(String municipality, @Valid PersonFacts facts) {
        directory.require(municipality);
        List<CatalogueEntry> entries = TenantContext.callAs(municipality, () ->
                readOnly.execute(status -> store.tenantEntries(municipality, facts.referenceDate())));
        return judged(entries, facts);
    }

    /**
     * A judge over the catalogue of {@code municipality} as it stands on {@code day}, read once: for judging many
     * people in one go (an import of a caseload). Each judgement is the one {@link #forResident} gives.
     */
    @PreAuthorize("isAuthenticated()")
    public Function<PersonFacts, List<Applicability>> judge(String municipality, LocalDate day) {
        directory.require(municipality);
        List<CatalogueEntry> entries = TenantContext.callAs(municipality, () ->
                readOnly.execute(status -> store.tenantEntries(municipality, day)));
        return facts -> judged(entries, facts);
    }

    private static List<Applicability> judged(List<CatalogueEntry> entries, PersonFacts facts) {
        return entries.stream().map(entry -> ApplicabilityRules.evaluate(entry, facts))
                .sorted(Comparator.comparing(Applicability::outcome).thenComparing(Applicability::name))
                .toList();
    }
}
