package nl.werkbrug.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Skills: the share of the vacancy's skills the candidate has (compared without case or surrounding spaces), with
 * the skills that match and the ones that are missing. A vacancy that lists no skills is not scored on them.
 */
final class SkillsScore {

    /** The part and the vacancy's skills split into those the candidate has and lacks, in the vacancy's order. */
    record Result(Part part, List<String> matching, List<String> missing) {
    }

    private SkillsScore() {
    }

    static Result score(List<String> vacancySkills, List<String> candidateSkills, MatchWeights weights) {
        int weight = weights.of(Criterion.SKILLS);
        if (vacancySkills.isEmpty()) {
            return new Result(Part.notScored(Criterion.SKILLS, weight, "matching.reason.no-skills-asked"), List.of(),
                    List.of());
        }
        Set<String> has = candidateSkills.stream().map(SkillsScore::normal).collect(Collectors.toSet());
        List<String> matching = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String skill : vacancySkills) {
            (has.contains(normal(skill)) ? matching : missing).add(skill);
        }
        Part part = Part.of(Criterion.SKILLS, weight, (double) matching.size() / vacancySkills.size(),
                "matching.reason.skills", matching.size(), vacancySkills.size());
        return new Result(part, matching, missing);
    }

    /**
     * The skills a vacancy's free text lists: separated by commas, semicolons, slashes or new lines, each once
     * (without case), in order.
     */
    static List<String> listed(String text) {
        List<String> skills = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (String skill : text.split("[,;/\\n]")) {
            String stripped = skill.strip();
            if (!stripped.isEmpty() && seen.add(normal(stripped))) {
                skills.add(stripped);
            }
        }
        return skills;
    }

    private static String normal(String skill) {
        return skill.strip().toLowerCase(Locale.ROOT);
    }
}
