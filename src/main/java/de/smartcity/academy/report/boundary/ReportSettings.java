package de.smartcity.academy.report.boundary;

import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.control.Scope;
import de.smartcity.academy.identity.entity.Organisation;
import de.smartcity.academy.identity.entity.Role;
import de.smartcity.academy.report.entity.ReportSetting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.logging.Logger;

/** Admins decide per organisation whether reports may show quiz scores (data minimisation by default). */
@ApplicationScoped
@Transactional
public class ReportSettings {

    private static final Logger LOG = Logger.getLogger(ReportSettings.class.getName());

    @PersistenceContext EntityManager em;
    @Inject Scope scope;
    @Inject ReportScope reportScope;
    @Inject Clock clock;

    public boolean scoresShown(@NotNull Caller caller, long organisationId) {
        return reportScope.scoresShown(reportScope.organisation(caller, organisationId).path());
    }

    public void showScores(@NotNull Caller caller, long organisationId, boolean show) {
        scope.requireAny(caller, Role.ADMIN);
        Organisation organisation = scope.organisationInScope(caller, organisationId);
        ReportSetting setting = em.find(ReportSetting.class, organisation.id());
        if (setting == null) {
            setting = new ReportSetting(organisation.id());
            em.persist(setting);
        }
        setting.showScores(show, caller.username(), clock.instant());
        LOG.info(() -> "event=report.scores user=" + caller.username() + " org=" + organisationId + " show=" + show);
    }
}
