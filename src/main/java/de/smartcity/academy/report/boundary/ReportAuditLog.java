package de.smartcity.academy.report.boundary;

import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.control.Scope;
import de.smartcity.academy.identity.entity.Role;
import de.smartcity.academy.platform.paging.Page;
import de.smartcity.academy.report.entity.ReportAudit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

/** Admins read the report audit (data protection officers ask "who looked at whose data?"), newest first. */
@ApplicationScoped
@Transactional
public class ReportAuditLog {

    @PersistenceContext EntityManager em;
    @Inject Scope scope;

    public Page<AuditEntry> page(@NotNull Caller caller, String actor, int page, int size) {
        scope.requireAny(caller, Role.ADMIN);
        String where = actor == null || actor.isBlank() ? "" : " where a.actor = :actor";
        var count = em.createQuery("select count(a) from ReportAudit a" + where, Long.class);
        var query = em.createQuery("select a from ReportAudit a" + where + " order by a.id desc", ReportAudit.class);
        if (!where.isEmpty()) {
            count.setParameter("actor", actor);
            query.setParameter("actor", actor);
        }
        return new Page<>(query.setFirstResult(page * size).setMaxResults(size).getResultStream()
                .map(a -> new AuditEntry(a.id(), a.actor(), a.report(), a.output(), a.filters(), a.occurredAt())).toList(),
                page, size, count.getSingleResult());
    }
}
