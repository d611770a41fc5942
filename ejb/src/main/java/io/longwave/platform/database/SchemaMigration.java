package io.longwave.platform.database;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the latest version with the versioned SQL files in {@code db/migration}.
 * Flyway takes a database lock, so several nodes starting together migrate once.
 */
public final class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    private SchemaMigration() {
    }

    public static MigrateResult apply(DataSource dataSource) {
        ClassLoader loader = SchemaMigration.class.getClassLoader();
        Flyway flyway = Flyway.configure(loader)
                .dataSource(dataSource)
                .resourceProvider(new MigrationResources(loader))
                .failOnMissingLocations(false)
                .baselineOnMigrate(false)
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info("schema.migrated applied=" + result.migrationsExecuted + " version=" + result.targetSchemaVersion);
        return result;
    }
}
