package nl.werkbrug.candidates;

import org.jspecify.annotations.Nullable;

/**
 * What a caseload shows; a null filter lets everything through.
 *
 * @param scope      the logged-in consultant's own files (responsible or involved), or the whole team's
 * @param text       the start of a family name or file number
 * @param notSeen    only open files without contact within the municipality's contact interval
 * @param withClosed closed files too
 */
public record CaseloadFilter(Scope scope, @Nullable String text, @Nullable Integer rung, @Nullable DoelgroepFlag flag,
                             @Nullable Obstacle obstacle, boolean notSeen, @Nullable TrajectoryStatus trajectory,
                             boolean withClosed) {

    public enum Scope { MINE, TEAM }

    public static final CaseloadFilter MINE = new CaseloadFilter(Scope.MINE, null, null, null, null, false, null, false);
}
