package de.smartcity.academy.report.boundary;

import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.entity.Organisation;
import de.smartcity.academy.platform.error.InvalidInput;
import de.smartcity.academy.platform.paging.Page;
import de.smartcity.academy.report.entity.ReportAudit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Valid, not yet renewed certificates of people in an org subtree that expire within the next days, soonest first. */
@ApplicationScoped
@Transactional
public class ExpiringCertificates {

    public static final String NAME = "expiring";
    public static final int MAX_DAYS = 730;
    private static final String FROM = " FROM certificate c JOIN person p ON p.id = c.person_id"
            + " JOIN organisation o ON o.id = p.organisation_id"
            + " WHERE o.path LIKE ?1 AND c.expires_on BETWEEN ?2 AND ?3 AND c.revoked_at IS NULL AND c.superseded_by IS NULL"
            // renewed by a refresher: the newer certificate counts, the old one is not "expiring"
            + " AND NOT EXISTS (SELECT 1 FROM certificate n WHERE n.person_id = c.person_id"
            + " AND n.achievement_iri = c.achievement_iri AND n.issued_at > c.issued_at AND n.revoked_at IS NULL)";

    @PersistenceContext EntityManager em;
    @Inject ReportScope reportScope;
    @Inject Clock clock;

    public Page<ExpiringCertificate> within(@NotNull Caller caller, Long organisationId, int days, int page, int size,
                                            String output) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInput("Zeitraum ungültig. / Invalid period.", List.of(new InvalidInput.Violation("days",
                    "Bitte eine Anzahl Tage zwischen 1 und " + MAX_DAYS + " angeben.")));
        }
        Organisation unit = reportScope.organisation(caller, organisationId);
        LocalDate today = LocalDate.now(clock);
        Object[] parameters = {unit.path() + "%", Date.valueOf(today), Date.valueOf(today.plusDays(days))};
        long total = ((Number) bind(em.createNativeQuery("SELECT COUNT(*)" + FROM), parameters).getSingleResult())
                .longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("SELECT c.public_id, c.person_id, c.holder_name, o.name,"
                + " c.achievement_title, c.issued_on, c.expires_on" + FROM + " ORDER BY c.expires_on, c.holder_name"
                + " OFFSET " + page * size + " ROWS FETCH NEXT " + size + " ROWS ONLY"), parameters).getResultList();
        em.persist(new ReportAudit(caller.username(), NAME, output,
                "organisation=" + unit.id() + "&days=" + days, clock.instant()));
        return new Page<>(rows.stream().map(row -> new ExpiringCertificate((String) row[0], ((Number) row[1]).longValue(),
                (String) row[2], (String) row[3], (String) row[4], day(row[5]), day(row[6]))).toList(), page, size, total);
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query query, Object[] parameters) {
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    static LocalDate day(Object value) {
        return value == null ? null : value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate();
    }
}
