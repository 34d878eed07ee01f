package de.smartcity.academy.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one datasource of the academy. Every value comes from MicroProfile Config, so switching from
 * embedded Derby to PostgreSQL is configuration only (see {@code server-config/README.md}).
 */
@DataSourceDefinition(
        name = AcademyDataSource.JNDI_NAME,
        className = "${MPCONFIG=db.className}",
        serverName = "${MPCONFIG=db.serverName}",
        portNumber = -1,
        databaseName = "${MPCONFIG=db.databaseName}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        properties = {
            "createDatabase=${MPCONFIG=db.createDatabase}",
            // Derby only, applied when the database is created: German sort order for names
            "connectionAttributes=${MPCONFIG=db.connectionAttributes}"},
        minPoolSize = 2,
        maxPoolSize = 32)
@ApplicationScoped
public class AcademyDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/academy";
}
