package nl.werkbrug.subsidies;

import java.math.BigDecimal;
import java.time.LocalDate;

import nl.werkbrug.shared.DutchTime;

/** Request forms the subsidy tests submit. */
public final class SubsidyForms {

    static final String VALID_BSN = "111222333";   // passes the 11-proef

    private SubsidyForms() {
    }

    /** A complete jobcoaching request for Jan Jansen: 32 hours, external coach 6 hours a month, starting next week. */
    public static SubsidyRequestForm jobcoaching() {
        SubsidyRequestForm form = new SubsidyRequestForm();
        form.setEmployeeName("Jan Jansen");
        form.setEmployeeBirthDate(LocalDate.of(1990, 3, 14));
        form.setBsn(VALID_BSN);
        form.setContractStart(LocalDate.now(DutchTime.ZONE).plusDays(7));
        form.setContractEnd(LocalDate.now(DutchTime.ZONE).plusYears(1));
        form.setHoursPerWeek(new BigDecimal("32"));
        form.setMonthlyWage(new BigDecimal("2300"));
        form.setCoachKind(CoachKind.EXTERN);
        form.setCoachHoursPerMonth(new BigDecimal("6"));
        return form;
    }
}
