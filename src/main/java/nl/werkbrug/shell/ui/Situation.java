package nl.werkbrug.shell.ui;

import java.time.LocalDate;

import nl.werkbrug.catalogue.BenefitType;
import nl.werkbrug.catalogue.Doelgroepregister;
import nl.werkbrug.catalogue.PersonFacts;

/** The new employee's situation as an employer knows it, in the front door's guided question. */
enum Situation {
    BIJSTAND, DOELGROEPREGISTER, WW, GEEN_UITKERING, ONBEKEND;

    String labelKey() {
        return "frontdoor.guide.situation." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** What the applicability check may take from this answer; what the employer does not know stays unknown. */
    PersonFacts facts(LocalDate day) {
        PersonFacts facts = PersonFacts.on(day);
        return switch (this) {
            case BIJSTAND -> facts.withBenefit(BenefitType.BIJSTAND);
            case DOELGROEPREGISTER -> facts.withDoelgroepregister(Doelgroepregister.registered(day, null));
            case WW -> facts.withBenefit(BenefitType.WW);
            case GEEN_UITKERING -> facts.withBenefit(BenefitType.GEEN);
            case ONBEKEND -> facts;
        };
    }
}
