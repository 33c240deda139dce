package nl.werkbrug.candidates.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import nl.werkbrug.candidates.CaseloadFilter;
import nl.werkbrug.candidates.FileStatus;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/**
 * The caseload filter as a query on the file table, so filtering, sorting and paging happen in the database; the
 * tenant filter and row-level security add the municipality. Flags and obstacles are matched when they are in force
 * on {@code today}.
 */
public final class CaseloadSpecification {

    private CaseloadSpecification() {
    }

    /**
     * @param username   the logged-in consultant (for {@link CaseloadFilter.Scope#MINE})
     * @param contactDue the last day a contact counts as recent; none: the municipality set no interval
     */
    public static Specification<CandidateFile> of(CaseloadFilter filter, String username, LocalDate today,
                                                  @Nullable LocalDate contactDue) {
        return (root, query, builder) -> {
            HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) builder;
            List<Predicate> where = new ArrayList<>();
            if (filter.scope() == CaseloadFilter.Scope.MINE) {
                where.add(cb.or(cb.equal(root.get("consultantUsername"), username),
                        cb.arrayContains(root.get("involved"), username)));
            }
            if (!filter.withClosed()) {
                where.add(cb.equal(root.get("status"), FileStatus.OPEN));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String start = filter.text().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                        .replace("%", "\\%").replace("_", "\\_") + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("familyName")), start, '\\'),
                        cb.like(cb.lower(root.get("fileNumber")), start, '\\')));
            }
            if (filter.rung() != null) {
                where.add(filter.rung() == 0 ? cb.isNull(root.get("ladderRung"))
                        : cb.equal(root.get("ladderRung"), filter.rung()));
            }
            if (filter.trajectory() != null) {
                where.add(cb.equal(root.get("trajectoryStatus"), filter.trajectory()));
            }
            if (filter.notSeen() && contactDue != null) {
                where.add(cb.equal(root.get("status"), FileStatus.OPEN));
                where.add(cb.or(cb.lessThan(root.get("lastContactOn"), contactDue),
                        cb.and(cb.isNull(root.get("lastContactOn")),
                                cb.lessThan(root.get("createdAt"), contactDue.atStartOfDay(
                                        nl.werkbrug.shared.DutchTime.ZONE).toInstant()))));
            }
            if (filter.flag() != null) {
                Subquery<Long> flags = query.subquery(Long.class);
                var flag = flags.from(FlagRecord.class);
                flags.select(flag.get("fileId")).where(cb.equal(flag.get("fileId"), root.get("id")),
                        cb.equal(flag.get("flag"), filter.flag()), cb.lessThanOrEqualTo(flag.get("validFrom"), today),
                        cb.or(cb.isNull(flag.get("validUntil")), cb.greaterThanOrEqualTo(flag.get("validUntil"), today)));
                where.add(cb.exists(flags));
            }
            if (filter.obstacle() != null) {
                Subquery<Long> obstacles = query.subquery(Long.class);
                var obstacle = obstacles.from(ObstacleRecord.class);
                obstacles.select(obstacle.get("fileId")).where(cb.equal(obstacle.get("fileId"), root.get("id")),
                        cb.equal(obstacle.get("obstacle"), filter.obstacle()),
                        cb.lessThanOrEqualTo(obstacle.get("validFrom"), today),
                        cb.or(cb.isNull(obstacle.get("validUntil")),
                                cb.greaterThanOrEqualTo(obstacle.get("validUntil"), today)));
                where.add(cb.exists(obstacles));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
