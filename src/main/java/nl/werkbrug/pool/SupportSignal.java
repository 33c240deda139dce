package nl.werkbrug.pool;

import java.util.EnumSet;
import java.util.Set;

import nl.werkbrug.candidates.DoelgroepFlag;
import nl.werkbrug.candidates.PoolSource;
import nl.werkbrug.shared.Labelled;

/**
 * Help that comes with hiring a candidate, shown on the profile without saying why it applies. Derived from the
 * owning municipality's catalogue (the instrument's rules are met on the facts of the file) or from a doelgroep flag.
 */
public enum SupportSignal implements Labelled {
    LOONKOSTENSUBSIDIE("loonkostensubsidie"),
    JOBCOACH("jobcoaching"),
    PROEFPLAATSING("proefplaatsing"),
    WERKPLEKAANPASSING("werkplekaanpassing"),
    BANENAFSPRAAK(null);

    private final String instrumentCode;

    SupportSignal(String instrumentCode) {
        this.instrumentCode = instrumentCode;
    }

    @Override
    public String labelPrefix() {
        return "pool.signal";
    }

    /** The signals a file gives: each instrument whose rules it meets, and the banenafspraak flag in force. */
    public static Set<SupportSignal> of(PoolSource source) {
        Set<SupportSignal> signals = EnumSet.noneOf(SupportSignal.class);
        for (SupportSignal signal : values()) {
            if (signal.instrumentCode != null && source.instrumentsThatApply().contains(signal.instrumentCode)) {
                signals.add(signal);
            }
        }
        if (source.flagsInForce().contains(DoelgroepFlag.BANENAFSPRAAK)) {
            signals.add(BANENAFSPRAAK);
        }
        return signals;
    }
}
