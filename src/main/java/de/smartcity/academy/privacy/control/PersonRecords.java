package de.smartcity.academy.privacy.control;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads what the database holds about people, table by table along {@link PersonTables}: every row
 * of one person (for the copy of their data), and the latest point in time anything was recorded
 * about each person (for the retention period).
 */
public final class PersonRecords {

    /** Credentials and technical columns are not the person's data and never leave the server. */
    private static final Pattern NOT_EXPORTED = Pattern.compile("(?i).*(password|hash|secret|token).*|version");

    private final Connection connection;
    private final List<PersonTables.Link> tables;
    private final List<PersonTables.NamedBy> namingUsers;

    public PersonRecords(Connection connection) throws SQLException {
        this.connection = connection;
        this.tables = PersonTables.of(connection);
        this.namingUsers = PersonTables.namingUsers(connection, tables);
    }

    /**
     * Table name → the person's rows (column → value as text, number or boolean), for every table holding
     * person data, and for the tables that name them by user name ({@code username} may be null: no login).
     */
    public Map<String, List<Map<String, Object>>> of(long personId, String username) throws SQLException {
        Map<String, List<Map<String, Object>>> records = new LinkedHashMap<>();
        for (PersonTables.Link table : tables) {
            read(table.name(), table.rowsOfPerson("*"), personId, records);
        }
        for (PersonTables.NamedBy table : namingUsers) {
            if (username != null) {
                read(table.name(), table.rowsOfUser("*"), username, records);
            }
        }
        return records;
    }

    /** The tables that name people by user name, e.g. to remove a person's subscriptions. */
    public List<PersonTables.NamedBy> namingUsers() {
        return namingUsers;
    }

    private void read(String name, String sql, Object parameter, Map<String, List<Map<String, Object>>> records)
            throws SQLException {
        List<Map<String, Object>> rows = records.computeIfAbsent(name, t -> new ArrayList<>());
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(row(result));
                }
            }
        }
    }

    /** Person id → the latest timestamp in any of their rows, or when the person was recorded. */
    public Map<Long, Instant> lastTraces() throws SQLException {
        Map<Long, Instant> latest = new HashMap<>();
        collect("select id, created_at from person", latest);
        for (PersonTables.Link table : tables) {
            for (String column : timestampColumns(table.table())) {
                PersonTables.Link direct = table.parent() == null ? table : table.parent();
                String sql = table.parent() == null
                        ? "select " + table.column() + ", max(" + column + ") from " + table.table() + " group by " + table.column()
                        : "select d." + direct.column() + ", max(c." + column + ") from " + table.table() + " c join "
                                + direct.table() + " d on c." + table.column() + " = d." + table.parentKey()
                                + " group by d." + direct.column();
                collect(sql, latest);
            }
        }
        return latest;
    }

    private void collect(String sql, Map<Long, Instant> latest) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet result = query.executeQuery()) {
            while (result.next()) {
                Timestamp at = result.getTimestamp(2);
                if (!result.wasNull() && at != null && result.getObject(1) != null) {
                    latest.merge(result.getLong(1), at.toInstant(), (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
    }

    private List<String> timestampColumns(String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet result = connection.getMetaData().getColumns(null, null, table, null)) {
            while (result.next()) {
                if (result.getInt("DATA_TYPE") == Types.TIMESTAMP) {
                    columns.add(result.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
    }

    private static Map<String, Object> row(ResultSet result) throws SQLException {
        ResultSetMetaData meta = result.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String column = meta.getColumnName(i).toLowerCase(Locale.ROOT);
            if (!NOT_EXPORTED.matcher(column).matches()) {
                row.put(column, value(result.getObject(i)));
            }
        }
        return row;
    }

    private static Object value(Object value) throws SQLException {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return value.toString();
    }
}
