package de.smartcity.academy.report.boundary;

import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.entity.Language;
import de.smartcity.academy.identity.entity.Organisation;
import de.smartcity.academy.platform.persistence.AcademyDataSource;
import de.smartcity.academy.report.control.CompletionQuery;
import de.smartcity.academy.report.control.CompletionRow;
import de.smartcity.academy.report.control.Criteria;
import de.smartcity.academy.report.control.CsvReport;
import de.smartcity.academy.report.control.ReportColumns;
import de.smartcity.academy.report.control.XlsxReport;
import de.smartcity.academy.report.entity.ReportAudit;
import de.smartcity.academy.training.entity.TrainingStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The completion report: a page for the screen and REST, or every row streamed as CSV/XLSX. Each
 * call is scope-checked and written to the report audit in the same transaction.
 */
@ApplicationScoped
@Transactional
public class CompletionReport {

    public enum Format { CSV, XLSX }

    public static final String NAME = "completion";
    private static final Logger LOG = Logger.getLogger(CompletionReport.class.getName());

    @PersistenceContext EntityManager em;
    @Resource(lookup = AcademyDataSource.JNDI_NAME) DataSource dataSource;
    @Inject ReportScope reportScope;
    @Inject Clock clock;

    public CompletionPage page(@NotNull Caller caller, @NotNull ReportFilter filter, int page, int size, String output) {
        return page(caller, reportScope.criteria(caller, filter, null), filter.toQuery(), page, size, output);
    }

    /** One person's rows (their training record), scope-checked like any report. */
    public CompletionPage personRows(@NotNull Caller caller, long personId, Organisation organisation, int size) {
        Criteria criteria = reportScope.criteria(caller, ReportFilter.NONE.withOrganisation(organisation.id()), personId);
        return page(caller, criteria, "person=" + personId, 0, size, "record");
    }

    private CompletionPage page(Caller caller, Criteria criteria, String filters, int page, int size, String output) {
        boolean scores = reportScope.scoresShown(criteria.organisationPath());
        CompletionQuery query = new CompletionQuery(criteria);
        try (Connection connection = dataSource.getConnection()) {
            Map<TrainingStatus, Long> byStatus = query.countByStatus(connection);
            long total = criteria.status() != null ? byStatus.get(criteria.status())
                    : byStatus.values().stream().mapToLong(Long::longValue).sum();
            List<CompletionRow> rows = withCertificates(connection,
                    query.page(connection, page, size, english(caller)));
            audit(caller, output, filters);
            return new CompletionPage(scores ? rows : rows.stream().map(CompletionRow::withoutScore).toList(),
                    page, size, total, byStatus, scores);
        } catch (SQLException e) {
            throw new IllegalStateException("completion report failed", e);
        }
    }

    /** Writes every row of the report to {@code out}; memory use does not grow with the row count. */
    public long export(@NotNull Caller caller, @NotNull ReportFilter filter, @NotNull Format format, OutputStream out) {
        Criteria criteria = reportScope.criteria(caller, filter, null);
        boolean scores = reportScope.scoresShown(criteria.organisationPath());
        ReportColumns columns = new ReportColumns(locale(caller), scores);
        long started = System.nanoTime();
        long[] count = {0};
        try (Connection connection = dataSource.getConnection()) {
            audit(caller, format.name().toLowerCase(), filter.toQuery());
            if (format == Format.CSV) {
                try (CsvReport csv = new CsvReport(out, columns)) {
                    new CompletionQuery(criteria).each(connection, english(caller), counting(count, csv::write));
                }
            } else {
                try (XlsxReport xlsx = new XlsxReport(out, columns, columns.sheetName())) {
                    new CompletionQuery(criteria).each(connection, english(caller), counting(count, xlsx::write));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("completion export failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info(() -> "event=report.exported user=" + caller.username() + " format=" + format + " rows=" + count[0]
                + " ms=" + (System.nanoTime() - started) / 1_000_000);
        return count[0];
    }

    /** Checks scope and filters without running the report, so a stream never starts for a bad request. */
    public void check(@NotNull Caller caller, @NotNull ReportFilter filter) {
        reportScope.criteria(caller, filter, null);
    }

    /** How many rows an export with these filters will have (shown before a big download starts). */
    public long count(@NotNull Caller caller, @NotNull ReportFilter filter) {
        Criteria criteria = reportScope.criteria(caller, filter, null);
        try (Connection connection = dataSource.getConnection()) {
            Map<TrainingStatus, Long> byStatus = new CompletionQuery(criteria).countByStatus(connection);
            return criteria.status() != null ? byStatus.get(criteria.status())
                    : byStatus.values().stream().mapToLong(Long::longValue).sum();
        } catch (SQLException e) {
            throw new IllegalStateException("completion count failed", e);
        }
    }

    void audit(Caller caller, String output, String filters) {
        em.persist(new ReportAudit(caller.username(), NAME, output, filters, clock.instant()));
    }

    /** The certificate proving each completed row, for one page: one query, whatever the page size. */
    private static List<CompletionRow> withCertificates(Connection connection, List<CompletionRow> rows)
            throws SQLException {
        List<Long> people = rows.stream().filter(r -> r.completedAt() != null).map(CompletionRow::personId)
                .distinct().toList();
        if (people.isEmpty()) {
            return rows;
        }
        Map<String, String> latest = new HashMap<>();
        String marks = String.join(", ", java.util.Collections.nCopies(people.size(), "?"));
        try (PreparedStatement statement = connection.prepareStatement("SELECT person_id, achievement_iri, public_id"
                + " FROM certificate WHERE revoked_at IS NULL AND superseded_by IS NULL AND person_id IN (" + marks + ")"
                + " ORDER BY issued_at")) {
            for (int i = 0; i < people.size(); i++) {
                statement.setLong(i + 1, people.get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    latest.put(result.getLong(1) + " " + result.getString(2), result.getString(3));
                }
            }
        }
        return rows.stream().map(row -> row.completedAt() == null ? row
                : row.withCertificate(latest.get(row.personId() + " " + row.courseIri()))).toList();
    }

    private static Consumer<CompletionRow> counting(long[] count, Consumer<CompletionRow> sink) {
        return row -> {
            sink.accept(row);
            count[0]++;
        };
    }

    static boolean english(Caller caller) {
        return caller.language() == Language.EN;
    }

    static Locale locale(Caller caller) {
        return caller.language().locale();
    }
}
