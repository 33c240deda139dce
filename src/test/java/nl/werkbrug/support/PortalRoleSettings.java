package nl.werkbrug.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The settings a transaction of the portal carries (region Twente, a municipality, an employer), for raw-SQL tests
 * that check row-level security as the portal's database role; an empty value is the setting left unset.
 */
public final class PortalRoleSettings {

    private PortalRoleSettings() {
    }

    public static void apply(Connection connection, String tenant, String employer) throws SQLException {
        try (PreparedStatement settings = connection.prepareStatement("select set_config('app.region_id', 'twente', true),"
                + " set_config('app.tenant_id', ?, true), set_config('app.employer_id', ?, true)")) {
            settings.setString(1, tenant);
            settings.setString(2, employer);
            settings.execute();
        }
    }
}
