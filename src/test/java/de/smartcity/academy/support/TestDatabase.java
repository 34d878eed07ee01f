package de.smartcity.academy.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Empty databases for tests: an in-memory Derby with the German collation of production, or with
 * {@code -Ppostgres} (system property {@value #POSTGRES_DATABASE}) a new PostgreSQL database with the
 * German ICU collation on 127.0.0.1, as {@code server-config/postgres/local.sh} creates it. Tests that
 * speak SQL themselves use it, so their SQL is checked on both databases.
 */
public final class TestDatabase {

    /** The name (prefix) of the PostgreSQL databases of this test fork; set by the postgres profile. */
    static final String POSTGRES_DATABASE = "academy.it.postgres.database";
    private static final String SERVER = "jdbc:postgresql://127.0.0.1/";
    // the throw-away test role of .ci/run (CREATEDB); its password is a test fixture like Derby's
    private static final String USER = "academy_it";
    private static final String PASSWORD = "academy";

    private TestDatabase() {}

    /** Whether this run tests against PostgreSQL ({@code -Ppostgres}) instead of Derby. */
    public static boolean isPostgres() {
        return System.getProperty(POSTGRES_DATABASE) != null;
    }

    /** A new, empty database called {@code name} (on PostgreSQL prefixed with this fork's name). */
    public static Connection create(String name) throws SQLException {
        String postgres = System.getProperty(POSTGRES_DATABASE);
        if (postgres == null) {
            return DriverManager.getConnection(
                    "jdbc:derby:memory:" + name + ";create=true;territory=de_DE;collation=TERRITORY_BASED");
        }
        recreatePostgres(postgres + "_" + name);
        return DriverManager.getConnection(SERVER + postgres + "_" + name, USER, PASSWORD);
    }

    /** Removes what {@link #create} made; its connections must be closed. */
    public static void drop(String name) throws SQLException {
        String postgres = System.getProperty(POSTGRES_DATABASE);
        if (postgres == null) {
            try {
                DriverManager.getConnection("jdbc:derby:memory:" + name + ";drop=true");
            } catch (SQLException dropped) {
                // Derby reports a successful drop as SQLState 08006
            }
            return;
        }
        maintenance("DROP DATABASE IF EXISTS " + postgres + "_" + name + " WITH (FORCE)");
    }

    /** Drops the PostgreSQL database if it exists and creates it empty again. */
    static void recreatePostgres(String database) throws SQLException {
        maintenance("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)",
                "CREATE DATABASE " + database + " TEMPLATE template0 ENCODING 'UTF8'"
                        + " LOCALE_PROVIDER icu ICU_LOCALE 'de-DE' LOCALE 'C.UTF-8'");
    }

    private static void maintenance(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
             var statement = connection.createStatement()) {
            for (String sql : statements) {
                executeRetryingWhileAutovacuumHolds(statement, sql);
            }
        }
    }

    /**
     * After a test wrote many rows, PostgreSQL's autovacuum may still be working in the database; DROP … WITH (FORCE)
     * cannot end that superuser process for the test role (42501) and a plain drop finds it in use (55006). It ends
     * within moments, so try again for a while.
     */
    private static void executeRetryingWhileAutovacuumHolds(java.sql.Statement statement, String sql) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                statement.execute(sql);
                return;
            } catch (SQLException e) {
                boolean held = "42501".equals(e.getSQLState()) || "55006".equals(e.getSQLState());
                if (!held || attempt == 40) {
                    throw e;
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
