package nl.werkbrug.shared;

import java.time.ZoneId;

/** The one time zone of the portal: Dutch law counts days and deadlines in Dutch local time. */
public final class DutchTime {

    /** The zone id, for annotations such as {@code @Scheduled(zone = ...)}. */
    public static final String ZONE_ID = "Europe/Amsterdam";

    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private DutchTime() {
    }
}
