package nl.werkbrug.catalogue;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A person's registration in the doelgroepregister (banenafspraak), kept by UWV.
 *
 * @param registered      whether the person was ever registered
 * @param registeredFrom  first day of the registration
 * @param registeredUntil last day of the registration; none: open-ended
 */
public record Doelgroepregister(boolean registered, @Nullable LocalDate registeredFrom, @Nullable LocalDate registeredUntil) {

    public static Doelgroepregister notRegistered() {
        return new Doelgroepregister(false, null, null);
    }

    public static Doelgroepregister registered(LocalDate from, @Nullable LocalDate until) {
        return new Doelgroepregister(true, from, until);
    }

    public boolean isRegisteredOn(LocalDate day) {
        return registered && (registeredFrom == null || !registeredFrom.isAfter(day))
                && (registeredUntil == null || !registeredUntil.isBefore(day));
    }
}
