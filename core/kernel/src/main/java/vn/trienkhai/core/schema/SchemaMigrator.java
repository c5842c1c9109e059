package vn.trienkhai.core.schema;

import io.micronaut.context.BeanLocator;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.trienkhai.core.module.InstalledModule;

import javax.sql.DataSource;

/**
 * Migrates the schema as soon as the data source exists, before any repository can use it: first the core's
 * tables, then each installed module's, each set with its own Flyway history table
 * ({@code flyway_history_core}, {@code flyway_history_<module>}), so that a module owns its schema and its
 * version numbers start at V1 without colliding with anyone's.
 *
 * <p>Migrations are written in the SQL that H2 and PostgreSQL share; what only one of them can express goes
 * in {@code db/core-vendor/<vendor>}, chosen from the connection itself, so there is nothing to configure.
 */
@Singleton
public class SchemaMigrator implements BeanCreatedEventListener<DataSource> {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    // looked up when the data source appears, not injected: the module beans must not be created earlier
    private final BeanLocator beans;

    SchemaMigrator(BeanLocator beans) {
        this.beans = beans;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        DataSource dataSource = event.getBean();
        DataSource target = DelegatingDataSource.unwrapDataSource(dataSource);
        migrate(target, "core", "classpath:db/core", "classpath:db/core-vendor/" + DatabaseVendor.of(target).folder());
        for (InstalledModule module : beans.getBeansOfType(InstalledModule.class)) {
            module.migrationsLocation().ifPresent(location -> migrate(target, module.id(), location));
        }
        return dataSource;
    }

    private static void migrate(DataSource dataSource, String owner, String... locations) {
        var result = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations)
                .table("flyway_history_" + owner)
                // the schema already holds the core's tables when a module's first migration runs
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("Schema of {} migrated to version {} ({} migrations)", owner, result.targetSchemaVersion, result.migrationsExecuted);
        }
    }
}
