package nl.werkbrug.dashboards;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One fact of the dashboards' own history, taken from a module's event: ids, codes, dates and amounts, never personal
 * data. {@code key} identifies the fact, so an event delivered twice is kept once.
 *
 * @param subject  the id of the request, candidate file, pool profile, introduction, referral, SROI contract or
 *                 realisation it is about
 * @param code     instrument code, decision outcome, outflow reason, introduction state, contract type or SROI block
 * @param amount   the monthly amount of a grant, the weekly hours of a placement, an SROI obligation or value
 * @param flag     whether an outflow lasted; whether a placed candidate is in the doelgroepregister
 * @param detail   the decision term of a request (ISO-8601 period)
 */
record Fact(String key, Kind kind, String subject, LocalDate occurredOn, @Nullable String code,
            @Nullable String detail, @Nullable BigDecimal amount, @Nullable Integer rungFrom,
            @Nullable Integer rungTo, @Nullable Boolean flag) {

    enum Kind {
        REQUEST_SUBMITTED, INFORMATION_REQUESTED, INFORMATION_ANSWERED, REQUEST_DECIDED, TRAJECTORY_STARTED,
        OUTFLOW, OUTFLOW_LASTING, RUNG_RECORDED, POOL_JOINED, POOL_LEFT, PROFILE_CONFIRMED, INTRODUCTION_REQUESTED,
        REFERRAL_PROPOSED, PLACEMENT,
        /** an SROI contract registered, with its (net) obligation */
        SROI_OBLIGATION,
        /** an SROI realisation accepted, with its value */
        SROI_ACCEPTED
    }

    /** A fact with only a subject and perhaps a code, keyed by kind and subject. */
    static Fact of(Kind kind, Object subject, LocalDate on, @Nullable String code) {
        return new Fact(kind + ":" + subject, kind, String.valueOf(subject), on, code, null, null, null, null, null);
    }

    /** The same fact under another key (for facts that may happen more than once to one subject). */
    Fact keyed(String suffix) {
        return new Fact(kind + ":" + subject + ":" + suffix, kind, subject, occurredOn, code, detail, amount,
                rungFrom, rungTo, flag);
    }

    Fact withDetail(@Nullable String newDetail) {
        return new Fact(key, kind, subject, occurredOn, code, newDetail, amount, rungFrom, rungTo, flag);
    }

    Fact withAmount(@Nullable BigDecimal newAmount) {
        return new Fact(key, kind, subject, occurredOn, code, detail, newAmount, rungFrom, rungTo, flag);
    }

    Fact withRungs(@Nullable Integer from, int to) {
        return new Fact(key, kind, subject, occurredOn, code, detail, amount, from, to, flag);
    }

    Fact withFlag(boolean newFlag) {
        return new Fact(key, kind, subject, occurredOn, code, detail, amount, rungFrom, rungTo, newFlag);
    }
}
