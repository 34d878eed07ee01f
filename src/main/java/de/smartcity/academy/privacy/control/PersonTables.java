package de.smartcity.academy.privacy.control;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tables that hold a person's data, as the schema's foreign keys say: those that reference
 * {@code person} directly, and those that reference such a table (e.g. attendance through the
 * cohort participant). Read from the database's metadata, never from a list in the code.
 */
public final class PersonTables {

    /**
     * A table holding person data. {@code parent} is null for a direct reference ({@code column} holds
     * the person id); otherwise {@code column} references {@code parentKey} of the {@code parent} table.
     */
    public record Link(String table, String column, PersonTables.Link parent, String parentKey) {

        /** SQL selecting the rows of this table that belong to the person given as the only parameter. */
        public String rowsOfPerson(String select) {
            return "select " + select + " from " + table + " where " + column + " " + personCondition();
        }

        /** {@code = ?} or {@code in (select key from parent where ...)}. */
        String personCondition() {
            return parent == null ? "= ?" : "in (select " + parentKey + " from " + parent.table + " where "
                    + parent.column + " " + parent.personCondition() + ")";
        }

        public String name() {
            return table.toLowerCase(Locale.ROOT);
        }
    }

    /** A table without a foreign key to the person that names them by user name (subscriptions, audit actors). */
    public record NamedBy(String table, String column) {

        public String rowsOfUser(String select) {
            return "select " + select + " from " + table + " where " + column + " = ?";
        }

        public String name() {
            return table.toLowerCase(Locale.ROOT);
        }
    }

    private static final Set<String> USER_NAME_COLUMNS = Set.of("USERNAME", "ACTOR");

    private PersonTables() {}

    /** Tables (not linked by a foreign key) with a {@code username} or {@code actor} column. */
    public static List<NamedBy> namingUsers(Connection connection, List<Link> linked) throws SQLException {
        Set<String> linkedTables = new HashSet<>();
        linked.forEach(link -> linkedTables.add(link.table().toUpperCase(Locale.ROOT)));
        List<NamedBy> tables = new ArrayList<>();
        try (ResultSet columns = connection.getMetaData().getColumns(null, null, "%", "%")) {
            while (columns.next()) {
                String table = columns.getString("TABLE_NAME");
                String column = columns.getString("COLUMN_NAME");
                if (USER_NAME_COLUMNS.contains(column.toUpperCase(Locale.ROOT)) && !linkedTables.contains(table.toUpperCase(Locale.ROOT))
                        && !table.toUpperCase(Locale.ROOT).startsWith("DATABASECHANGELOG") && !table.toUpperCase(Locale.ROOT).startsWith("SYS")) {
                    tables.add(new NamedBy(table, column));
                }
            }
        }
        return tables;
    }

    public static List<Link> of(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<Link> links = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(identifier(meta, "person")));
        for (Link direct : referencing(meta, identifier(meta, "person"), null, seen)) {
            links.add(direct);
            links.addAll(referencing(meta, direct.table(), direct, seen));
        }
        return links;
    }

    private static List<Link> referencing(DatabaseMetaData meta, String table, Link parent, Set<String> seen)
            throws SQLException {
        List<Link> links = new ArrayList<>();
        try (ResultSet keys = meta.getExportedKeys(null, null, table)) {
            while (keys.next()) {
                String child = keys.getString("FKTABLE_NAME");
                if (seen.add(child + "." + keys.getString("FKCOLUMN_NAME"))) {
                    links.add(new Link(child, keys.getString("FKCOLUMN_NAME"), parent, keys.getString("PKCOLUMN_NAME")));
                }
            }
        }
        return links;
    }

    private static String identifier(DatabaseMetaData meta, String name) throws SQLException {
        return meta.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
    }
}
