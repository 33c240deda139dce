package nl.werkbrug.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import nl.werkbrug.catalogue.internal.CatalogueStore;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantContext;
import nl.werkbrug.tenancy.TenantDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The published catalogue: what employers and municipal websites may read without logging in. Only instruments
 * offered today, with amounts removed where the municipality hides them. Every read names its municipality
 * explicitly ({@link TenantContext#callAs}), whoever asks.
 */
@PreAuthorize("permitAll()")
@Service
public class InstrumentCatalogue {

    private final CatalogueStore store;
    private final TenantDirectory directory;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final Bibliography bibliography;

    InstrumentCatalogue(CatalogueStore store, TenantDirectory directory, PlatformTransactionManager transactionManager,
                        Clock clock, Bibliography bibliography) {
        this.bibliography = bibliography;
        this.store = store;
        this.directory = directory;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** The published catalogue of a municipality; empty when there is no such municipality. */
    public Optional<List<PublishedInstrument>> published(String municipality) {
        if (directory.find(municipality).isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        return Optional.of(TenantContext.callAs(municipality, () -> readOnly.execute(status ->
                store.tenantEntries(municipality, today).stream().filter(entry -> entry.isCurrent(today))
                        .map(entry -> PublishedInstrument.of(entry, bibliography)).toList())));
    }

    /** One published instrument of a municipality. */
    public Optional<PublishedInstrument> published(String municipality, String code) {
        return published(municipality).flatMap(list -> list.stream().filter(i -> i.code().equals(code)).findFirst());
    }

    /**
     * The tariff per hour the municipality's catalogue sets for an instrument (jobcoaching), for the deciding
     * consultant: also where amounts are hidden from employers. Empty when no source gives one.
     */
    @PreAuthorize("@tenantAccess.has('CONSULTANT')")
    public Optional<java.math.BigDecimal> hourlyTariff(String municipality, String code) {
        LocalDate today = LocalDate.now(clock);
        return Optional.ofNullable(TenantContext.callAs(municipality, () -> readOnly.execute(status ->
                store.tenantEntries(municipality, today).stream().filter(entry -> entry.code().equals(code))
                        .filter(entry -> entry.isCurrent(today)).map(entry -> entry.content().hourlyTariff())
                        .filter(java.util.Objects::nonNull).findFirst().orElse(null))));
    }

    /** The region's instrumentenkoffer with the region's own values. */
    public List<PublishedInstrument> publishedForRegion() {
        LocalDate today = LocalDate.now(clock);
        return readOnly.execute(status -> store.regionalEntries(today).stream().filter(entry -> entry.isCurrent(today))
                .map(entry -> PublishedInstrument.of(entry, bibliography)).toList());
    }

    public Optional<PublishedInstrument> publishedForRegion(String code) {
        return publishedForRegion().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** One instrument in every municipality of the region; empty when no municipality offers it. */
    public Optional<InstrumentComparison> compare(String code) {
        List<InstrumentComparison.Column> columns = new ArrayList<>();
        for (Tenant tenant : directory.tenants()) {
            columns.add(new InstrumentComparison.Column(tenant.id(), tenant.shortName(),
                    published(tenant.id(), code).orElse(null)));
        }
        Optional<PublishedInstrument> any = columns.stream().map(InstrumentComparison.Column::instrument)
                .filter(Objects::nonNull).findFirst();
        if (any.isEmpty()) {
            return Optional.empty();
        }
        Set<ComparedAspect> differences = EnumSet.noneOf(ComparedAspect.class);
        if (columns.stream().anyMatch(column -> column.instrument() == null)) {
            differences.add(ComparedAspect.OFFERED);
        }
        List<PublishedInstrument> offered = columns.stream().map(InstrumentComparison.Column::instrument)
                .filter(Objects::nonNull).toList();
        differs(offered, PublishedInstrument::maxDuration, ComparedAspect.MAX_DURATION, differences);
        differs(offered, i -> i.amountHidden() ? "hidden" : i.amount(), ComparedAspect.AMOUNT, differences);
        differs(offered, PublishedInstrument::conditions, ComparedAspect.CONDITIONS, differences);
        differs(offered, PublishedInstrument::requestDeadline, ComparedAspect.REQUEST_DEADLINE, differences);
        differs(offered, PublishedInstrument::decisionTerm, ComparedAspect.DECISION_TERM, differences);
        differs(offered, PublishedInstrument::provider, ComparedAspect.PROVIDER, differences);
        return Optional.of(new InstrumentComparison(code, any.get().name(), columns, differences));
    }

    private static void differs(List<PublishedInstrument> offered, Function<PublishedInstrument, Object> value,
                                ComparedAspect aspect, Set<ComparedAspect> differences) {
        Set<Object> values = new HashSet<>();
        offered.forEach(instrument -> values.add(Optional.ofNullable(value.apply(instrument))));
        if (values.size() > 1) {
            differences.add(aspect);
        }
    }
}
