package nl.werkbrug.dashboards;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import jakarta.annotation.PreDestroy;

import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantContext;
import nl.werkbrug.tenancy.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the figures current in batches. A listener only appends its fact ({@link #record}); after its commit the
 * municipality is marked dirty and one background thread of this node projects the dirty municipalities' pending
 * facts, {@link #BATCH} at a time, each batch in a transaction of its own in the municipality
 * ({@link Projection#project}). While a batch runs, the facts of the next one gather: under load a batch recomputes
 * each touched cell once for hundreds of facts, instead of once per fact. Idle, a fact's figures are current moments
 * after its commit (one batch); under load, within the time of the batches queued before it. What this node did not
 * see (another node's facts, facts left pending when a node stopped) is taken up by {@link #sweep}, every minute on
 * every node, so no fact waits longer than a minute plus a batch.
 */
@Component
class Projector {

    /** Facts per transaction of the projector. */
    static final int BATCH = 5_000;

    /**
     * Under load, the least time from the start of one pass over the dirty municipalities to the start of the next.
     * A batch recomputes each cell it touches from the cell's month of facts, whatever the number of its own facts,
     * so a pass started right after the last one would pay that again for the few facts that came in meanwhile; after
     * a pause the batches take what gathered (measured in {@code docs/benchmarks.md}, dashboards, "listeners in the
     * publishing transaction"). Idle, the first pass starts at once: a fact's figures are current one batch after its
     * commit; under load within about this much more.
     */
    static final long PASS_NANOS = 200_000_000L;

    private static final Logger LOG = LoggerFactory.getLogger(Projector.class);

    private final Projection projection;
    private final TransactionTemplate transaction;
    private final TenantDirectory directory;
    private final Set<String> dirty = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean running = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("dashboards-projector").daemon().factory());

    Projector(Projection projection, TransactionTemplate transaction, TenantDirectory directory) {
        this.projection = projection;
        this.transaction = transaction;
        this.directory = directory;
    }

    /**
     * Keeps the fact (once however often it arrives) and, when it is new, has its figures projected after the
     * commit of the caller's transaction (in the fact's municipality). Returns whether it was new.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean record(String tenant, String region, Fact fact) {
        boolean added = projection.append(tenant, region, fact);
        if (added) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dirty(tenant);
                }
            });
        }
        return added;
    }

    /** After a commit that kept new facts of the municipality in another way ({@link FactInbox}): projects them. */
    void committed(String tenant) {
        dirty(tenant);
    }

    /**
     * Projects every fact of the municipality that is pending now, in the calling thread, and returns how many it
     * took; waits for a batch of the background thread (or another node) that holds the municipality's lock, so
     * afterwards every fact committed before the call is in the figures.
     */
    int catchUp(String tenant) {
        int total = 0;
        int taken;
        do {
            taken = batch(tenant);
            total += taken;
        } while (taken == BATCH);
        return total;
    }

    /** The facts left pending by another node or before a stop, for every municipality of the region. */
    @Scheduled(fixedDelayString = "${werkbrug.dashboards.sweep-delay:1m}", initialDelayString = "${werkbrug.dashboards.sweep-delay:1m}")
    void sweep() {
        directory.tenants().stream().map(Tenant::id).forEach(this::dirty);
    }

    private void dirty(String tenant) {
        dirty.add(tenant);
        if (running.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    /** Runs on the worker until no municipality is dirty. */
    private void drain() {
        long passStarted = 0;
        do {
            long wait = passStarted + PASS_NANOS - System.nanoTime();
            if (passStarted != 0 && wait > 0) {
                LockSupport.parkNanos(wait);
            }
            passStarted = System.nanoTime();
            try {
                for (String tenant : Set.copyOf(dirty)) {
                    dirty.remove(tenant);
                    if (batch(tenant) == BATCH) {
                        dirty.add(tenant);
                    }
                }
            } catch (RuntimeException e) {
                // the batch rolled back and stays pending: the next fact of the municipality or the sweep retries
                LOG.warn("Projecting the dashboards' pending facts failed; they stay pending", e);
            }
            running.set(false);
        } while (!dirty.isEmpty() && running.compareAndSet(false, true));
    }

    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }

    private int batch(String tenant) {
        Integer taken = TenantContext.callAs(tenant, () -> transaction.execute(status ->
                projection.project(tenant, BATCH)));
        return taken == null ? 0 : taken;
    }
}
