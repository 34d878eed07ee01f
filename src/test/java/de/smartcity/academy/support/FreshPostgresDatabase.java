package de.smartcity.academy.support;

import java.sql.SQLException;
import org.jboss.arquillian.container.spi.event.container.BeforeStart;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * With {@code -Ppostgres} every IT class gets an empty PostgreSQL database, as it gets an empty
 * in-memory Derby otherwise: before Arquillian starts the Payara Micro of a class, the database of
 * this test fork is dropped and created again, so Liquibase and the demo data start from nothing.
 * Without the postgres profile nothing happens.
 */
public class FreshPostgresDatabase implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        if (System.getProperty(TestDatabase.POSTGRES_DATABASE) != null) {
            builder.observer(Recreate.class);
        }
    }

    public static class Recreate {

        public void beforeStart(@Observes BeforeStart event) throws SQLException {
            TestDatabase.recreatePostgres(System.getProperty(TestDatabase.POSTGRES_DATABASE));
        }
    }
}
