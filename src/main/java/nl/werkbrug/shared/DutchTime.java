package nl.werkbrug.shared;

import java.time.ZoneId;

/** The one time zone of the portal: Dutch law counts days and deadlines in Dutch local time. */
public final class DutchTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private DutchTime() {
    }
}
