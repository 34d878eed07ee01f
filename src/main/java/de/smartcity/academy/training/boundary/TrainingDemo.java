package de.smartcity.academy.training.boundary;

import de.smartcity.academy.course.entity.Course;
import de.smartcity.academy.identity.entity.Organisation;
import de.smartcity.academy.platform.startup.AcademyStarted;
import de.smartcity.academy.training.control.Requirements;
import de.smartcity.academy.training.entity.Assignment;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Demo mode only, once: Stadt Musterstadt has made the yearly security awareness training
 * mandatory for all staff (due in four weeks) and AI literacy (AI Act Art. 4) for its digital
 * office, due two weeks ago, so dashboards and reports show every status.
 */
@ApplicationScoped
public class TrainingDemo {

    static final int PRIORITY = 260;
    static final String BY = "hr-musterstadt";

    @PersistenceContext EntityManager em;
    @Inject Requirements requirements;
    @Inject Clock clock;

    @Transactional
    void onStart(@Observes @Priority(PRIORITY) AcademyStarted started) {
        boolean assigned = em.createQuery("select count(a) from Assignment a", Long.class).getSingleResult() > 0;
        if (!started.demoMode() || assigned) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        assign("informationssicherheit", "Stadt Musterstadt", today.plusWeeks(4), 12);
        assign("ki-in-der-verwaltung", "Amt für Digitalisierung (Musterstadt)", today.minusWeeks(2), null);
    }

    private void assign(String courseSlug, String organisationName, LocalDate dueOn, Integer recurrenceMonths) {
        List<Course> course = em.createNamedQuery(Course.BY_SLUG, Course.class).setParameter("slug", courseSlug)
                .getResultList();
        List<Organisation> organisation = em.createNamedQuery(Organisation.BY_NAME, Organisation.class)
                .setParameter("name", organisationName).getResultList();
        if (course.isEmpty() || organisation.isEmpty()) {
            return;
        }
        Assignment assignment = Assignment.of(course.get(0).id(), false, organisation.get(0).id(), true, dueOn,
                recurrenceMonths, BY, clock.instant());
        em.persist(assignment);
        em.flush();
        requirements.expand(assignment, List.of(course.get(0).id()), organisation.get(0).path(), null);
    }
}
