package nl.werkbrug.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic facts of the dashboards for {@link DashboardBenchmark}, from a fixed seed: 342 municipalities in 35
 * regions (Twente's 14 real ones and 328 more in 34 regions), each with a size drawn from a log-normal distribution
 * (a few large cities, many small municipalities), over the five years up to today. Facts come in the chains the
 * modules produce: a request submitted (one of five instruments, a term of 4, 6 or 8 weeks), sometimes questioned and
 * answered, mostly decided 1 to 12 weeks later (70% granted, 300 to 2,500 euro a month); a file with ladder rungs,
 * instruments deployed, an outflow (60% to work) and half a year later whether it lasted; a pool profile joining,
 * confirmed now and then, sometimes leaving; introductions; referrals, a quarter of them ending in a placement (8 to
 * 40 hours, 30% in the doelgroepregister). Demo choices, not figures from the sources.
 */
final class DashboardFactGenerator {

    static final int MUNICIPALITIES = 342;
    static final int REGIONS = 35;
    static final String COPY = "copy dashboard_fact (tenant_id, region_id, fact_key, kind, subject, occurred_on, code, "
            + "detail, amount, rung_from, rung_to, flag, recorded_at) from stdin";
    private static final String[] INSTRUMENTS = {"LOONKOSTENSUBSIDIE", "JOBCOACHING", "PROEFPLAATSING",
            "WERKPLEKAANPASSING", "NO_RISKPOLIS"};
    private static final String[] TERMS = {"P4W", "P6W", "P8W"};
    private static final String[] REASONS = {"STUDIE", "VERHUIZING", "OVERIG"};

    private final Random random = new Random(20_261_214L);
    private final List<String[]> municipalities = new ArrayList<>();
    private final double[] cumulative = new double[MUNICIPALITIES];
    private final LocalDate first;
    private final LocalDate today;
    private final int days;
    private int generated;
    private long subject;

    DashboardFactGenerator(List<String> twente, LocalDate today) {
        this.today = today;
        this.first = today.withDayOfMonth(1).minusMonths(59);
        this.days = (int) (today.toEpochDay() - first.toEpochDay()) + 1;
        for (String tenant : twente) {
            municipalities.add(new String[]{tenant, "twente"});
        }
        for (int i = 0; municipalities.size() < MUNICIPALITIES; i++) {
            municipalities.add(new String[]{"bench-gm%03d".formatted(i), "bench-r%02d".formatted(i % (REGIONS - 1))});
        }
        double sum = 0;
        for (int i = 0; i < MUNICIPALITIES; i++) {
            sum += Math.exp(random.nextGaussian());
            cumulative[i] = sum;
        }
        for (int i = 0; i < MUNICIPALITIES; i++) {
            cumulative[i] /= sum;
        }
    }

    List<String[]> municipalities() {
        return municipalities;
    }

    int generated() {
        return generated;
    }

    String regions() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < REGIONS - 1; i++) {
            lines.append("bench-r%02d\tBenchregio %d\tSynthetisch\n".formatted(i, i));
        }
        return lines.toString();
    }

    String tenants() {
        StringBuilder lines = new StringBuilder();
        for (String[] tenant : municipalities.subList(14, MUNICIPALITIES)) {
            String number = tenant[0].substring("bench-gm".length());
            lines.append(tenant[0]).append('\t').append(tenant[1]).append("\tGemeente ").append(number)
                    .append("\tBench ").append(number).append("\tBM").append(number).append('\n');
        }
        return lines.toString();
    }

    /** About {@code count} facts (whole chains) as COPY text. */
    String next(int count) {
        StringBuilder out = new StringBuilder(count * 110);
        int target = generated + count;
        while (generated < target) {
            String[] tenant = municipality();
            long id = ++subject;
            LocalDate day = first.plusDays(random.nextInt(days));
            double kind = random.nextDouble();
            if (kind < 0.30) {
                request(out, tenant, id, day);
            } else if (kind < 0.55) {
                file(out, tenant, id, day);
            } else if (kind < 0.80) {
                profile(out, tenant, id, day);
            } else if (kind < 0.90) {
                fact(out, tenant, "INTRODUCTION_REQUESTED:" + id, "INTRODUCTION_REQUESTED", id, day, null, null, null, null, null, null);
            } else {
                fact(out, tenant, "REFERRAL_PROPOSED:" + id, "REFERRAL_PROPOSED", id, day, null, null, null, null, null, null);
                if (random.nextDouble() < 0.25) {
                    fact(out, tenant, "PLACEMENT:" + id, "PLACEMENT", id, day.plusDays(7 + random.nextInt(60)), "PERMANENT",
                            null, String.valueOf(8 + random.nextInt(33)), null, null, random.nextDouble() < 0.3);
                }
            }
        }
        return out.toString();
    }

    private void request(StringBuilder out, String[] tenant, long id, LocalDate day) {
        fact(out, tenant, "REQUEST_SUBMITTED:" + id, "REQUEST_SUBMITTED", id, day,
                INSTRUMENTS[Math.min(4, (int) (Math.abs(random.nextGaussian()) * 1.6))], TERMS[random.nextInt(3)],
                null, null, null, null);
        LocalDate decided = day.plusDays(7 + random.nextInt(78));
        if (random.nextDouble() < 0.2) {
            LocalDate asked = day.plusDays(3 + random.nextInt(14));
            fact(out, tenant, "INFORMATION_REQUESTED:" + id + ":" + asked, "INFORMATION_REQUESTED", id, asked, null, null, null, null, null, null);
            LocalDate answered = asked.plusDays(2 + random.nextInt(20));
            fact(out, tenant, "INFORMATION_ANSWERED:" + id + ":" + answered, "INFORMATION_ANSWERED", id, answered, null, null, null, null, null, null);
            decided = answered.plusDays(random.nextInt(40));
        }
        if (random.nextDouble() < 0.9) {
            boolean granted = random.nextDouble() < 0.7;
            fact(out, tenant, "REQUEST_DECIDED:" + id, "REQUEST_DECIDED", id, decided, granted ? "TOEGEKEND" : "AFGEWEZEN",
                    null, granted ? (300 + random.nextInt(2200)) + ".00" : null, null, null, null);
        }
    }

    private void file(StringBuilder out, String[] tenant, long id, LocalDate day) {
        int rung = 1 + random.nextInt(5);
        Integer previous = null;
        LocalDate on = day;
        for (int i = random.nextInt(4); i >= 0; i--) {
            fact(out, tenant, "RUNG_RECORDED:" + id + ":" + previous + "-" + rung + ":" + on, "RUNG_RECORDED", id, on,
                    null, null, null, previous, rung, null);
            previous = rung;
            rung = Math.max(1, Math.min(6, rung + random.nextInt(3) - 1));
            on = on.plusDays(30 + random.nextInt(150));
        }
        if (random.nextDouble() < 0.5) {
            String code = INSTRUMENTS[random.nextInt(5)];
            LocalDate start = day.plusDays(random.nextInt(90));
            fact(out, tenant, "TRAJECTORY_STARTED:" + id + ":" + code + ":" + start, "TRAJECTORY_STARTED", id, start, code,
                    null, null, null, null, null);
        }
        if (random.nextDouble() < 0.3) {
            String reason = random.nextDouble() < 0.6 ? "WERK" : REASONS[random.nextInt(3)];
            LocalDate left = day.plusDays(60 + random.nextInt(300));
            fact(out, tenant, "OUTFLOW:" + id, "OUTFLOW", id, left, reason, null, null, null, null, null);
            if (random.nextDouble() < 0.5) {
                fact(out, tenant, "OUTFLOW_LASTING:" + id, "OUTFLOW_LASTING", id, left.plusMonths(6), reason, null, null,
                        null, null, random.nextDouble() < 0.7);
            }
        }
    }

    private void profile(StringBuilder out, String[] tenant, long id, LocalDate day) {
        fact(out, tenant, "POOL_JOINED:" + id, "POOL_JOINED", id, day, null, null, null, null, null, null);
        LocalDate on = day;
        for (int i = random.nextInt(4); i > 0; i--) {
            on = on.plusDays(30 + random.nextInt(60));
            fact(out, tenant, "PROFILE_CONFIRMED:" + id + ":" + on, "PROFILE_CONFIRMED", id, on, null, null, null, null, null, null);
        }
        if (random.nextDouble() < 0.4) {
            fact(out, tenant, "POOL_LEFT:" + id, "POOL_LEFT", id, on.plusDays(1 + random.nextInt(200)), null, null, null,
                    null, null, null);
        }
    }

    private String[] municipality() {
        double r = random.nextDouble();
        int low = 0;
        int high = MUNICIPALITIES - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] < r) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return municipalities.get(low);
    }

    /** One fact as a COPY line, unless it falls after today (a chain runs into the future). */
    private void fact(StringBuilder out, String[] tenant, String key, String kind, long id, LocalDate on, String code,
                      String detail, String amount, Integer from, Integer to, Boolean flag) {
        if (on.isAfter(today)) {
            return;
        }
        out.append(tenant[0]).append('\t').append(tenant[1]).append('\t').append(key).append('\t').append(kind)
                .append('\t').append(id).append('\t').append(on).append('\t').append(text(code)).append('\t')
                .append(text(detail)).append('\t').append(text(amount)).append('\t').append(text(from)).append('\t')
                .append(text(to)).append('\t').append(text(flag)).append('\t').append(on).append(" 12:00:00+01\n");
        generated++;
    }

    private static String text(Object value) {
        return value == null ? "\\N" : value.toString();
    }
}
