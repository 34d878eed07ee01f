package de.smartcity.academy.report.control;

import de.smartcity.academy.platform.startup.SchemaMigration;
import de.smartcity.academy.support.TestDatabase;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real database with the academy's schema (in-memory Derby, or PostgreSQL with -Ppostgres; German
 * collation, like production) and builders for the rows the report reads. Each instance is a fresh database.
 */
final class ReportDatabase implements AutoCloseable {

    private static final AtomicInteger NEXT = new AtomicInteger();

    final Connection connection;
    private final String name = "report" + NEXT.incrementAndGet();

    ReportDatabase() throws SQLException {
        connection = TestDatabase.create(name);
        SchemaMigration.migrate(connection);
    }

    long organisation(String name, Long parentId) throws SQLException {
        long id = insert("INSERT INTO organisation (parent_id, name, kind, path) VALUES (?, ?, 'MUNICIPALITY', '/p/')",
                parentId, name);
        String parentPath = parentId == null ? "/" : text("SELECT path FROM organisation WHERE id = ?", parentId);
        update("UPDATE organisation SET path = ? WHERE id = ?", parentPath + id + "/", id);
        return id;
    }

    long person(String given, String family, long organisationId) throws SQLException {
        return insert("INSERT INTO person (given_name, family_name, email, organisation_id, language) VALUES (?, ?, ?, ?, 'de')",
                given, family, (given + "." + family + "@example.org").toLowerCase(), organisationId);
    }

    long course(String slug) throws SQLException {
        return insert("INSERT INTO course (iri, slug, title_de, topic, language, estimated_hours, module_count,"
                + " current_version, listed, updated_at) VALUES (?, ?, ?, 'sicherheit', 'de', 4, 3, 'v1', TRUE, ?)",
                "urn:test:" + slug, slug, "Kurs " + slug, now());
    }

    long assignment(long courseId, long organisationId, LocalDate due, Integer recurrence) throws SQLException {
        return insert("INSERT INTO training_assignment (course_id, organisation_id, due_on, recurrence_months,"
                + " assigned_by, assigned_at) VALUES (?, ?, ?, ?, 'hr', ?)", courseId, organisationId,
                Date.valueOf(due), recurrence, now());
    }

    void requirement(long personId, long courseId, long assignmentId, LocalDate due, Integer recurrence)
            throws SQLException {
        insert("INSERT INTO training_requirement (person_id, course_id, assignment_id, due_on, recurrence_months)"
                + " VALUES (?, ?, ?, ?, ?)", personId, courseId, assignmentId, Date.valueOf(due), recurrence);
    }

    /** @param completedOn null: started only */
    void enrolment(long personId, long courseId, LocalDate completedOn, LocalDate validUntil) throws SQLException {
        Timestamp started = Timestamp.from(LocalDate.of(2026, 1, 5).atStartOfDay().toInstant(ZoneOffset.UTC));
        insert("INSERT INTO course_enrolment (person_id, course_id, started_at, last_visited_at, completed_at,"
                + " valid_until, score_percent) VALUES (?, ?, ?, ?, ?, ?, ?)", personId, courseId, started, started,
                completedOn == null ? null : Timestamp.from(completedOn.atTime(10, 0).toInstant(ZoneOffset.UTC)),
                validUntil == null ? null : Date.valueOf(validUntil), completedOn == null ? null : 90);
    }

    private long insert(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, values);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void update(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            statement.executeUpdate();
        }
    }

    private String text(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                statement.setNull(i + 1, statement.getParameterMetaData().getParameterType(i + 1));
            } else {
                statement.setObject(i + 1, values[i]);
            }
        }
    }

    private static Timestamp now() {
        return new Timestamp(System.currentTimeMillis());
    }

    @Override
    public void close() throws SQLException {
        connection.rollback();
        connection.close();
        TestDatabase.drop(name);
    }
}
