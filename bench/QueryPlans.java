import de.smartcity.academy.report.control.CompletionQuery;
import de.smartcity.academy.report.control.Criteria;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the academy's own completion-report SQL ({@link CompletionQuery}, from target/classes) on the
 * benchmark database while the server is stopped, and prints the time and Derby's runtime
 * statistics (the executed plan with row counts) of each query. Optional extra arguments are SQL
 * statements run first (e.g. a CREATE INDEX to try) — in a transaction that is rolled back at the end.
 *
 * <pre>java -cp target/classes:DERBY_JARS bench/QueryPlans.java DATA_DIR ORG_PATH [SQL...]</pre>
 */
public class QueryPlans {

    public static void main(String[] args) throws Exception {
        System.setProperty("derby.system.home", java.nio.file.Path.of(args[0]).toAbsolutePath().toString());
        String path = args[1];
        try (Connection db = DriverManager.getConnection("jdbc:derby:academy;user=academy;password=academy")) {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                for (int i = 2; i < args.length; i++) {
                    long started = System.nanoTime();
                    s.execute(args[i]);
                    System.out.printf("%s: %d ms%n", args[i], (System.nanoTime() - started) / 1_000_000);
                }
                s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
            }
            Criteria criteria = new Criteria(path, null, null, null, null, null, null, LocalDate.now());
            for (int run = 1; run <= 2; run++) {
                long started = System.nanoTime();
                var counts = new CompletionQuery(criteria).countByStatus(db);
                System.out.printf("%nrun %d countByStatus: %d ms %s%n", run, (System.nanoTime() - started) / 1_000_000, counts);
                if (run == 2) {
                    System.out.println(statistics(db));
                }
                started = System.nanoTime();
                List<Object> rows = new ArrayList<>(new CompletionQuery(criteria).page(db, 0, 50, false));
                System.out.printf("run %d page of %d: %d ms%n", run, rows.size(), (System.nanoTime() - started) / 1_000_000);
                if (run == 2) {
                    System.out.println(statistics(db));
                }
            }
            db.rollback();
        }
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (SQLException expected) {
            // clean shutdown
        }
    }

    static String statistics(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
