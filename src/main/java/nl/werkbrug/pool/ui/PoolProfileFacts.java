package nl.werkbrug.pool.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.pool.PoolProfile;
import nl.werkbrug.shared.ui.Facts;

/** A pool profile's facts in words: one line for a hit, a description list for the profile page. */
final class PoolProfileFacts {

    private PoolProfileFacts() {
    }

    /** e.g. "Lasser · Enschede, 7511 · 32 uur · trede 3". */
    static String summary(Component owner, PoolProfile profile) {
        List<String> parts = new ArrayList<>();
        if (!profile.occupations().isEmpty()) {
            parts.add(String.join(", ", profile.occupations()));
        }
        parts.add(profile.ownerName() + (profile.postcodeArea() == null ? "" : ", " + profile.postcodeArea()));
        if (profile.hoursPerWeek() != null) {
            parts.add(owner.getTranslation("pool.fact.hours-short", profile.hoursPerWeek()));
        }
        if (profile.rung() != null) {
            parts.add(owner.getTranslation("pool.fact.rung-short", profile.rung()));
        }
        profile.signals().forEach(signal -> parts.add(owner.getTranslation(signal.labelKey())));
        return String.join(" · ", parts);
    }

    static DescriptionList list(Component owner, PoolProfile profile, Formats formats) {
        String none = owner.getTranslation("pool.fact.unknown");
        DescriptionList list = new DescriptionList();
        list.setId("pool-profile-facts");
        Facts.term(owner, list, "pool.fact.owner", profile.ownerName());
        Facts.term(owner, list, "pool.fact.area", profile.postcodeArea() == null ? none : profile.postcodeArea());
        Facts.term(owner, list, "pool.fact.age", profile.ageBand() == null ? none
                : owner.getTranslation(profile.ageBand().labelKey()));
        Facts.term(owner, list, "pool.fact.occupations", profile.occupations().isEmpty() ? none
                : String.join(", ", profile.occupations()), "pool-profile-occupations");
        Facts.term(owner, list, "pool.fact.skills", profile.skills().isEmpty() ? none
                : String.join(", ", profile.skills()));
        Facts.term(owner, list, "pool.fact.education", profile.education() == null ? none
                : owner.getTranslation(profile.education().labelKey()));
        Facts.term(owner, list, "pool.fact.languages", profile.languages().isEmpty() ? none
                : String.join(", ", profile.languages()));
        Facts.term(owner, list, "pool.fact.hours", profile.hoursPerWeek() == null ? none
                : owner.getTranslation("pool.fact.hours-short", profile.hoursPerWeek()));
        Facts.term(owner, list, "pool.fact.available", profile.availableFrom() == null ? none
                : formats.date(profile.availableFrom()));
        Facts.term(owner, list, "pool.fact.travel", profile.travelKm() == null ? none
                : owner.getTranslation("pool.fact.km", profile.travelKm()));
        Facts.term(owner, list, "pool.fact.licence", owner.getTranslation(profile.drivingLicence()
                ? "pool.fact.yes" : "pool.fact.no"));
        Facts.term(owner, list, "pool.fact.rung", profile.rung() == null ? none
                : owner.getTranslation("candidates.rung." + profile.rung()));
        Facts.term(owner, list, "pool.fact.signals", profile.signals().isEmpty() ? none
                : profile.signals().stream().sorted().map(signal -> owner.getTranslation(signal.labelKey()))
                .collect(Collectors.joining(", ")), "pool-profile-signals");
        Facts.term(owner, list, "pool.fact.completeness", profile.completeness() + "%");
        Facts.term(owner, list, "pool.fact.confirmed", formats.date(profile.lastConfirmed()));
        return list;
    }
}
