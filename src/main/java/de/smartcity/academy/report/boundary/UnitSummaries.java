package de.smartcity.academy.report.boundary;

import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.entity.Organisation;
import de.smartcity.academy.platform.persistence.AcademyDataSource;
import de.smartcity.academy.report.control.CompletionQuery;
import de.smartcity.academy.report.control.Criteria;
import de.smartcity.academy.report.entity.ReportAudit;
import de.smartcity.academy.training.entity.TrainingStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Counts and completion rate per org unit: the reported unit's direct sub-units (each with
 * everything below it) and the unit itself. Three grouped queries by organisation path, whatever
 * the number of people; the roll-up to sub-units happens on the grouped rows.
 */
@ApplicationScoped
@Transactional
public class UnitSummaries {

    public static final String NAME = "summary";

    /** The reported unit and the summary of each of its sub-units (first the unit's own staff). */
    public record Summary(UnitSummary total, List<UnitSummary> units) implements java.io.Serializable {}

    @PersistenceContext EntityManager em;
    @Resource(lookup = AcademyDataSource.JNDI_NAME) DataSource dataSource;
    @Inject ReportScope reportScope;
    @Inject Clock clock;

    public Summary summary(@NotNull Caller caller, @NotNull ReportFilter filter, String output) {
        Criteria criteria = reportScope.criteria(caller, filter.withStatus(null), null);
        Organisation unit = reportScope.organisation(caller, filter.organisationId());
        Map<String, Organisation> buckets = new LinkedHashMap<>();
        buckets.put(unit.path(), unit);
        em.createQuery("select o from Organisation o where o.parent = :unit order by o.name", Organisation.class)
                .setParameter("unit", unit).getResultStream().forEach(child -> buckets.put(child.path(), child));
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Map<TrainingStatus, Long>> rows = new CompletionQuery(criteria).countByOrganisation(connection);
            Map<String, Long> people = countByPath(connection, "SELECT o.path, COUNT(*) FROM --DERBY-PROPERTIES joinOrder=FIXED\n"
                    + " organisation o JOIN person p ON p.organisation_id = o.id WHERE o.path LIKE ? GROUP BY o.path", unit.path());
            Map<String, Long> holders = countByPath(connection, "SELECT o.path, COUNT(DISTINCT c.person_id) FROM --DERBY-PROPERTIES joinOrder=FIXED\n"
                    + " organisation o JOIN person p ON p.organisation_id = o.id JOIN certificate c ON c.person_id = p.id"
                    + " WHERE o.path LIKE ? AND c.kind = 'PROGRAM' AND c.revoked_at IS NULL AND c.superseded_by IS NULL"
                    + " AND (c.expires_on IS NULL OR c.expires_on >= ?) GROUP BY o.path", unit.path(),
                    Date.valueOf(LocalDate.now(clock)));
            em.persist(new ReportAudit(caller.username(), NAME, output, filter.toQuery(), clock.instant()));
            List<UnitSummary> units = new ArrayList<>();
            for (Organisation bucket : buckets.values()) {
                boolean own = bucket == unit;
                units.add(summary(bucket, own ? "" : bucket.path(), unit.path(), own, rows, people, holders));
            }
            UnitSummary total = summary(unit, unit.path(), unit.path(), false, rows, people, holders);
            return new Summary(total, units);
        } catch (SQLException e) {
            throw new IllegalStateException("summary failed", e);
        }
    }

    /**
     * @param prefix counts of paths starting with it belong to this bucket
     * @param ownOnly the bucket of the reported unit's own staff: exactly its path
     */
    private static UnitSummary summary(Organisation bucket, String prefix, String unitPath, boolean ownOnly,
                                       Map<String, Map<TrainingStatus, Long>> rows, Map<String, Long> people,
                                       Map<String, Long> holders) {
        Map<TrainingStatus, Long> byStatus = new EnumMap<>(TrainingStatus.class);
        for (TrainingStatus status : TrainingStatus.values()) {
            byStatus.put(status, 0L);
        }
        rows.forEach((path, counts) -> {
            if (ownOnly ? path.equals(unitPath) : path.startsWith(prefix)) {
                counts.forEach((status, n) -> byStatus.merge(status, n, Long::sum));
            }
        });
        long staff = sum(people, unitPath, prefix, ownOnly);
        long all = byStatus.values().stream().mapToLong(Long::longValue).sum();
        long completed = byStatus.get(TrainingStatus.COMPLETED);
        return new UnitSummary(bucket.id(), bucket.name(), staff, all, byStatus, sum(holders, unitPath, prefix, ownOnly),
                all == 0 ? 0 : (int) Math.round(completed * 100.0 / all));
    }

    private static long sum(Map<String, Long> byPath, String unitPath, String prefix, boolean ownOnly) {
        return byPath.entrySet().stream()
                .filter(e -> ownOnly ? e.getKey().equals(unitPath) : e.getKey().startsWith(prefix))
                .mapToLong(Map.Entry::getValue).sum();
    }

    private static Map<String, Long> countByPath(Connection connection, String sql, String path, Object... more)
            throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, path + "%");
            for (int i = 0; i < more.length; i++) {
                statement.setObject(i + 2, more[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    counts.put(result.getString(1), result.getLong(2));
                }
            }
        }
        return counts;
    }
}
