package de.smartcity.academy.platform.startup;

import de.smartcity.academy.platform.persistence.AcademyDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings the schema to the newest version with the versioned Liquibase change sets in
 * {@code db/changelog}. Change sets are never edited once released; upgrades add new ones.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());
    private static final String CHANGELOG = "db/changelog/changelog.xml";

    @Resource(lookup = AcademyDataSource.JNDI_NAME)
    DataSource dataSource;

    public void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            migrate(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Database schema migration failed", e);
        }
    }

    /** Brings the schema behind this connection up to date (also used by tests on a bare Derby). */
    public static void migrate(Connection connection) {
        try {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(
                    CHANGELOG, new ClassLoaderResourceAccessor(SchemaMigration.class.getClassLoader()), database);
            liquibase.update("");
            LOG.info(() -> "event=schema.migrated database=" + database.getDatabaseProductName());
        } catch (LiquibaseException e) {
            throw new IllegalStateException("Database schema migration failed", e);
        }
    }
}
