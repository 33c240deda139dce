package nl.werkbrug.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

/**
 * Algemene termijnenwet: a statutory term that ends on a Saturday, Sunday or generally recognised holiday is
 * extended to the next day that is none of these. Holidays (art. 3): New Year's Day, Easter Monday, Ascension Day,
 * Whit Monday, Christmas Day and Boxing Day, King's Day (27 April, 26 April when the 27th is a Sunday) and 5 May.
 */
public final class AlgemeneTermijnenwet {

    private AlgemeneTermijnenwet() {
    }

    public static LocalDate extendToWorkingDay(LocalDate end) {
        LocalDate day = end;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !isHoliday(day);
    }

    public static boolean isHoliday(LocalDate day) {
        int year = day.getYear();
        LocalDate easter = easterSunday(year);
        LocalDate kingsDay = LocalDate.of(year, Month.APRIL, 27);
        if (kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
            kingsDay = kingsDay.minusDays(1);
        }
        return day.equals(LocalDate.of(year, Month.JANUARY, 1))
                || day.equals(easter.plusDays(1))
                || day.equals(easter.plusDays(39))
                || day.equals(easter.plusDays(50))
                || day.equals(LocalDate.of(year, Month.DECEMBER, 25))
                || day.equals(LocalDate.of(year, Month.DECEMBER, 26))
                || day.equals(kingsDay)
                || day.equals(LocalDate.of(year, Month.MAY, 5));
    }

    /** Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }
}
