package nl.werkbrug.shared;

/** An application event about data of the region as a whole (employers, vacancies), not of one municipality. */
public interface RegionEvent extends AuditedEvent {

    String regionId();

    @Override
    default @org.jspecify.annotations.Nullable String auditTenant() {
        return null;
    }
}
