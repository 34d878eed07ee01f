package de.smartcity.academy.cohort.boundary;

import de.smartcity.academy.cohort.entity.Approval;
import de.smartcity.academy.cohort.entity.Cohort;
import de.smartcity.academy.cohort.entity.CohortPlan;
import de.smartcity.academy.cohort.entity.CohortStatus;
import de.smartcity.academy.cohort.entity.Participant;
import de.smartcity.academy.identity.entity.Person;
import de.smartcity.academy.platform.startup.AcademyStarted;
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
import java.util.Set;
import java.util.logging.Logger;

/**
 * Demo cohorts (demo mode only, once): a running Smart City Manager cohort with the demo learner,
 * and an open one whose three seats are taken, with two people on the waitlist.
 */
@ApplicationScoped
public class CohortSetup {

    static final int PRIORITY = 300;
    static final String PROGRAM = "urn:smartcity-academy:program:smart-city-manager";
    private static final Logger LOG = Logger.getLogger(CohortSetup.class.getName());

    @PersistenceContext EntityManager em;
    @Inject Cohorts cohorts;
    @Inject Clock clock;

    @Transactional
    void onStart(@Observes @Priority(PRIORITY) AcademyStarted started) {
        if (!started.demoMode() || em.createQuery("select count(c) from Cohort c", Long.class).getSingleResult() > 0) {
            return;
        }
        long trainer = person("tobias.traut@akademie.example");
        LocalDate today = LocalDate.now(clock);
        Cohort running = cohort(new CohortPlan("Smart City Manager – Durchgang Herbst 2026", PROGRAM, null,
                today.minusWeeks(6), today.plusWeeks(10), today.minusWeeks(12), today.minusWeeks(7), 25,
                Approval.TRAINER, 80, Set.of(trainer)), CohortStatus.RUNNING);
        enrol(running, List.of("lena.lehmann@musterstadt.example", "jonas.schmidt@musterstadt.example",
                "aylin.demir@musterstadt.example", "katrin.vogel@beispielkreis.example",
                "mehmet.yilmaz@beispielkreis.example"));
        Cohort open = cohort(new CohortPlan("Smart City Manager – Durchgang Frühjahr 2027", PROGRAM, null,
                today.plusWeeks(8), today.plusWeeks(24), today.minusWeeks(1), today.plusWeeks(6), 3,
                Approval.NONE, 80, Set.of(trainer)), CohortStatus.OPEN);
        enrol(open, List.of("peter.mueller@musterstadt.example", "sophie.weiss@musterstadt.example",
                "juergen.koehler@musterstadt.example", "greta.oeztuerk@beispieldorf.example",
                "felix.brandt@beispieldorf.example"));
        LOG.info(() -> "event=demo.cohorts.seeded running=" + running.id() + " open=" + open.id());
    }

    private Cohort cohort(CohortPlan plan, CohortStatus status) {
        Cohort cohort = new Cohort(plan, clock.instant());
        em.persist(cohort);
        cohort.moveTo(CohortStatus.OPEN);
        if (status == CohortStatus.RUNNING) {
            cohort.moveTo(CohortStatus.RUNNING);
        }
        em.flush();
        return cohort;
    }

    /** In this order: the first ones get seats, the rest the waitlist. */
    private void enrol(Cohort cohort, List<String> emails) {
        for (String email : emails) {
            Participant participant = new Participant(cohort.id(), person(email), null, clock.instant());
            em.persist(participant);
            participant.admit(cohorts.count(cohort.id()).enrolled() < cohort.seats(), clock.instant());
            participant.decide("demo", clock.instant());
            em.flush();
        }
    }

    private long person(String email) {
        return em.createNamedQuery(Person.BY_EMAIL, Person.class).setParameter("email", email).getSingleResult().id();
    }
}
