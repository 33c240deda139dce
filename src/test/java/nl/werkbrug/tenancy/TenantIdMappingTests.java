package nl.werkbrug.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;
import nl.werkbrug.support.IntegrationTest;
import org.hibernate.annotations.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Layer 3 of tenant isolation: every entity mapped to a table with a {@code tenant_id} column lets Hibernate fill and
 * filter that column ({@code @TenantId}), so no entity can be read or written across municipalities by mistake.
 */
@IntegrationTest
class TenantIdMappingTests {

    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    DataSource dataSource;

    @Test
    void every_entity_on_a_tenant_table_carries_a_tenant_id_attribute() {
        List<String> tenantTables = JdbcClient.create(dataSource).sql("""
                        select table_name from information_schema.columns
                        where table_schema = 'public' and column_name = 'tenant_id'""")
                .query(String.class).list();
        List<Class<?>> entities = entityManagerFactory.getMetamodel().getEntities().stream()
                .<Class<?>>map(EntityType::getJavaType).toList();

        List<Class<?>> onTenantTables = entities.stream().filter(type -> tenantTables.contains(table(type))).toList();

        assertThat(onTenantTables).as("entities on tenant tables").isNotEmpty();
        assertThat(onTenantTables).allSatisfy(type -> assertThat(hasTenantId(type))
                .as("%s maps table %s, which has tenant_id, without @TenantId", type.getSimpleName(), table(type)).isTrue());
    }

    private static String table(Class<?> type) {
        Table table = type.getAnnotation(Table.class);
        return table != null && !table.name().isEmpty() ? table.name() : type.getSimpleName().toLowerCase();
    }

    private static boolean hasTenantId(Class<?> type) {
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            if (Arrays.stream(current.getDeclaredFields()).anyMatch(TenantIdMappingTests::isTenantId)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTenantId(Field field) {
        return field.isAnnotationPresent(TenantId.class);
    }
}
