package de.smartcity.academy.report.control;

import de.smartcity.academy.platform.time.ClockProducer;
import de.smartcity.academy.training.entity.TrainingStatus;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The completion report in SQL. Its rows are the requirements of the people in an org subtree plus
 * the courses they took without being required to; the status comes from
 * {@link TrainingStatus#CASE}. Every filter is a bound parameter on an indexed column
 * (organisation path prefix → people → requirement/enrolment by person and course), so the database
 * pages, counts and groups; rows reach Java one page at a time or streamed for exports.
 */
public final class CompletionQuery {

    /** The report's rows: everything a row shows. */
    private static final Shape SHOWN = new Shape("p.id AS person_id, p.family_name, p.given_name, p.email,"
            + " o.name AS org_name, o.path AS org_path, c.id AS course_id, c.iri AS course_iri,"
            + " c.title_de, c.title_en, r.due_on, e.started_at, e.completed_at, e.valid_until, e.score_percent, "
            + TrainingStatus.CASE + " AS status", true);

    /**
     * Only what counts and the outer filters need: every column comes from an index of
     * {@code 015-report-indexes} (person by organisation, requirement and enrolment by person and
     * course), so counting a subtree never reads a table row of person, requirement or enrolment.
     */
    private static final Shape COUNTED = new Shape("o.path AS org_path, r.due_on, e.completed_at, "
            + TrainingStatus.CASE + " AS status", false);

    /*
     * Both branches start at the org subtree and reach people, then their rows, by index. Derby cannot
     * estimate "path LIKE ?" and would otherwise scan every requirement and enrolment of the country;
     * the hint is a comment to every other database.
     */
    private static final String FROM_SUBTREE = " FROM --DERBY-PROPERTIES joinOrder=FIXED\n"
            + " organisation o JOIN person p ON p.organisation_id = o.id";

    /** A page's batch of people, known by id: from them to their rows, by index. */
    private static final String FROM_PEOPLE = " FROM --DERBY-PROPERTIES joinOrder=FIXED\n"
            + " person p JOIN organisation o ON o.id = p.organisation_id";

    private static final String ORDER = " ORDER BY t.family_name, t.given_name, t.person_id, t.title_de";

    /** People per batch when a page walks the subtree: small for the first pages, growing for deep ones. */
    private static final int FIRST_BATCH = 50;
    private static final int LARGEST_BATCH = 1_000;

    private final Criteria criteria;
    private final String rows;
    private final List<Object> parameters = new ArrayList<>();

    public CompletionQuery(Criteria criteria) {
        this(criteria, null, SHOWN);
    }

    /**
     * @param people only the rows of these people (all in the criteria's subtree), or null for the whole subtree
     * @param shape  the columns of a row
     */
    private CompletionQuery(Criteria criteria, List<Long> people, Shape shape) {
        this.criteria = criteria;
        String from = people == null ? FROM_SUBTREE : FROM_PEOPLE;
        this.rows = "SELECT * FROM (SELECT " + shape.columns() + from
                + " JOIN training_requirement r ON r.person_id = p.id" + shape.courseOf("r")
                + " LEFT JOIN course_enrolment e ON e.person_id = r.person_id AND e.course_id = r.course_id"
                + " WHERE " + narrowing("r.course_id", people)
                + " UNION ALL SELECT " + shape.columns() + from
                + " JOIN course_enrolment e ON e.person_id = p.id" + shape.courseOf("e")
                + " LEFT JOIN training_requirement r ON r.person_id = e.person_id AND r.course_id = e.course_id"
                + " WHERE r.id IS NULL AND " + narrowing("e.course_id", people) + ") t"
                + " WHERE 1 = 1" + outerFilters();
    }

    /**
     * One page, ordered by name. Rows are ordered by person first, so the page walks the subtree's
     * people in name order (cheap: one index and a sort of the people) and reads the rows of one
     * batch of them at a time until the page is full. The first pages, which are what people look at,
     * read the rows of a few dozen people instead of the whole subtree.
     */
    public List<CompletionRow> page(Connection connection, int page, int size, boolean english) throws SQLException {
        long[] toSkip = {(long) page * size};
        List<CompletionRow> found = new ArrayList<>(size);
        Consumer<CompletionRow> sink = row -> {
            if (toSkip[0] > 0) {
                toSkip[0]--;
            } else if (found.size() < size) {
                found.add(row);
            }
        };
        List<Long> batch = new ArrayList<>();
        int batchSize = FIRST_BATCH;
        try (PreparedStatement people = peopleInNameOrder(connection); ResultSet result = people.executeQuery()) {
            while (found.size() < size && result.next()) {
                batch.add(result.getLong(1));
                if (batch.size() == batchSize) {
                    new CompletionQuery(criteria, batch, SHOWN).each(connection, english, sink);
                    batch.clear();
                    batchSize = Math.min(LARGEST_BATCH, batchSize * 2);
                }
            }
        }
        if (found.size() < size && !batch.isEmpty()) {
            new CompletionQuery(criteria, batch, SHOWN).each(connection, english, sink);
        }
        return found;
    }

    private PreparedStatement peopleInNameOrder(Connection connection) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT p.id").append(FROM_SUBTREE).append(" WHERE o.path LIKE ?");
        List<Object> values = new ArrayList<>(List.of(criteria.organisationPath() + "%"));
        personNarrowing(sql, values);
        sql.append(" ORDER BY p.family_name, p.given_name, p.id");
        PreparedStatement statement = connection.prepareStatement(sql.toString());
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
        statement.setFetchSize(LARGEST_BATCH);
        return statement;
    }

    /** Every row, ordered by name, handed over one by one (exports). */
    public void each(Connection connection, boolean english, Consumer<CompletionRow> sink) throws SQLException {
        stream(connection, rows + ORDER, english, sink);
    }

    /** How many rows per status (all statuses present, zeros included). */
    public Map<TrainingStatus, Long> countByStatus(Connection connection) throws SQLException {
        Map<TrainingStatus, Long> counts = new EnumMap<>(TrainingStatus.class);
        for (TrainingStatus status : TrainingStatus.values()) {
            counts.put(status, 0L);
        }
        try (PreparedStatement statement = countedBy(connection, "t.status");
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                counts.put(TrainingStatus.valueOf(result.getString(1).strip()), result.getLong(2));
            }
        }
        return counts;
    }

    /** Rows per organisation (by path) and status, for summaries per org unit. */
    public Map<String, Map<TrainingStatus, Long>> countByOrganisation(Connection connection) throws SQLException {
        Map<String, Map<TrainingStatus, Long>> counts = new java.util.HashMap<>();
        try (PreparedStatement statement = countedBy(connection, "t.org_path, t.status");
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                counts.computeIfAbsent(result.getString(1), path -> new EnumMap<>(TrainingStatus.class))
                        .put(TrainingStatus.valueOf(result.getString(2).strip()), result.getLong(3));
            }
        }
        return counts;
    }

    /** The subtree's rows counted per value of {@code columns} (of {@code t}), which come first in the result. */
    private PreparedStatement countedBy(Connection connection, String columns) throws SQLException {
        CompletionQuery counted = new CompletionQuery(criteria, null, COUNTED);
        return counted.prepare(connection,
                "SELECT " + columns + ", COUNT(*) FROM (" + counted.rows + ") t GROUP BY " + columns);
    }

    private void stream(Connection connection, String sql, boolean english, Consumer<CompletionRow> sink)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql)) {
            statement.setFetchSize(500);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    sink.accept(row(result, english));
                }
            }
        }
    }

    private PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        int index = 1;
        for (Object value : parameters) {
            statement.setObject(index++, value);
        }
        return statement;
    }

    /** The filters inside each branch (they use the indexes); parameters are added in text order. */
    private String narrowing(String courseColumn, List<Long> people) {
        Date today = Date.valueOf(criteria.today());
        for (int i = 0; i < TrainingStatus.CASE_PARAMETERS; i++) {
            parameters.add(today);
        }
        StringBuilder sql = new StringBuilder();
        if (people == null) {
            sql.append("o.path LIKE ?");
            parameters.add(criteria.organisationPath() + "%");
            personNarrowing(sql, parameters);
        } else {
            sql.append("p.id IN (").append(String.join(", ", Collections.nCopies(people.size(), "?"))).append(')');
            parameters.addAll(people);
        }
        if (criteria.courseIds() != null) {
            sql.append(" AND ").append(courseColumn).append(" IN (")
                    .append(String.join(", ", Collections.nCopies(Math.max(1, criteria.courseIds().size()), "?")))
                    .append(')');
            parameters.addAll(criteria.courseIds().isEmpty() ? List.of(-1L) : criteria.courseIds());
        }
        return sql.toString();
    }

    /** The filters that choose people (one person, a cohort's participants). */
    private void personNarrowing(StringBuilder sql, List<Object> values) {
        if (criteria.personId() != null) {
            sql.append(" AND p.id = ?");
            values.add(criteria.personId());
        }
        if (criteria.cohortId() != null) {
            sql.append(" AND p.id IN (SELECT cp.person_id FROM cohort_participant cp"
                    + " WHERE cp.cohort_id = ? AND cp.status = 'ENROLLED')");
            values.add(criteria.cohortId());
        }
    }

    private String outerFilters() {
        StringBuilder sql = new StringBuilder();
        if (criteria.status() != null) {
            sql.append(" AND t.status = ?");
            parameters.add(criteria.status().name());
        }
        if (criteria.from() != null || criteria.to() != null) {
            LocalDate from = criteria.from() == null ? LocalDate.of(1, 1, 1) : criteria.from();
            LocalDate to = criteria.to() == null ? LocalDate.of(9999, 12, 30) : criteria.to();
            sql.append(" AND (t.due_on BETWEEN ? AND ? OR (t.completed_at >= ? AND t.completed_at < ?))");
            parameters.add(Date.valueOf(from));
            parameters.add(Date.valueOf(to));
            parameters.add(Timestamp.from(from.atStartOfDay(ClockProducer.ZONE).toInstant()));
            parameters.add(Timestamp.from(to.plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant()));
        }
        return sql.toString();
    }

    private static CompletionRow row(ResultSet result, boolean english) throws SQLException {
        String titleEn = result.getString("title_en");
        Timestamp started = result.getTimestamp("started_at");
        Timestamp completed = result.getTimestamp("completed_at");
        Date due = result.getDate("due_on");
        Date validUntil = result.getDate("valid_until");
        int score = result.getInt("score_percent");
        Integer scorePercent = result.wasNull() ? null : score;
        return new CompletionRow(result.getLong("person_id"), result.getString("family_name"),
                result.getString("given_name"), result.getString("email"), result.getString("org_name"),
                result.getLong("course_id"), result.getString("course_iri"),
                english && titleEn != null ? titleEn : result.getString("title_de"),
                TrainingStatus.valueOf(result.getString("status").strip()),
                due == null ? null : due.toLocalDate(), started == null ? null : started.toInstant(),
                completed == null ? null : completed.toInstant(),
                validUntil == null ? null : validUntil.toLocalDate(), scorePercent, null);
    }

    /** The columns of a row and whether they need the course table. */
    private record Shape(String columns, boolean withCourse) {

        String courseOf(String table) {
            return withCourse ? " JOIN course c ON c.id = " + table + ".course_id" : "";
        }
    }
}
