package de.smartcity.academy.cohort.boundary;

import de.smartcity.academy.cohort.entity.Cohort;
import de.smartcity.academy.cohort.entity.Participant;
import de.smartcity.academy.cohort.entity.ParticipantStatus;
import de.smartcity.academy.course.boundary.Catalogue;
import de.smartcity.academy.course.boundary.CourseProgressQuery;
import de.smartcity.academy.course.control.ProgramDefinition;
import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.platform.error.InvalidInput;
import de.smartcity.academy.platform.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.logging.Logger;
import java.util.Map;

/**
 * Who is where in a cohort: progress per required course, attendance, and who is at risk —
 * behind the cohort's pace by more than {@value #TOLERANCE_POINTS} points, or below the attendance rule.
 */
@ApplicationScoped
@Transactional
public class CohortDashboard {

    static final int TOLERANCE_POINTS = 25;

    @PersistenceContext EntityManager em;
    @Inject CohortAccess access;
    @Inject Participants participants;
    @Inject Catalogue catalogue;
    @Inject CourseProgressQuery progress;
    @Inject AttendanceRates attendance;
    @Inject CohortNotifications notifications;
    @Inject Clock clock;

    private static final Logger LOG = Logger.getLogger(CohortDashboard.class.getName());

    public Dashboard of(@NotNull Caller caller, long cohortId, int page, int size) {
        Cohort cohort = access.visible(caller, cohortId);
        access.requireManages(caller, cohort);
        List<Dashboard.CourseColumn> courses = courses(cohort);
        Page<ParticipantView> enrolled = participants.list(caller, cohortId, ParticipantStatus.ENROLLED, page, size);
        List<Long> people = enrolled.items().stream().map(ParticipantView::personId).toList();
        Map<CourseProgressQuery.Key, CourseProgressQuery.Cell> cells =
                progress.progress(people, courses.stream().map(Dashboard.CourseColumn::iri).toList());
        Map<Long, Integer> rates = attendance.ratesByParticipant(cohortId);
        int expected = expectedPercent(cohort);
        Page<DashboardRow> rows = enrolled.map(p -> row(p, courses, cells, rates.get(p.id()), expected,
                cohort.attendanceMinPercent()));
        return new Dashboard(cohortId, cohort.title(), courses, expected, cohort.attendanceMinPercent(), rows);
    }

    /** Sends the trainer's reminder to the chosen enrolled participants; returns how many got one. */
    public int remind(@NotNull Caller caller, long cohortId, @NotNull Collection<Long> participantIds, String text) {
        Cohort cohort = access.visible(caller, cohortId);
        access.requireManages(caller, cohort);
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw new InvalidInput("Bitte schreiben Sie eine Nachricht (höchstens 2000 Zeichen).",
                    List.of(new InvalidInput.Violation("text", "1–2000 Zeichen / characters")));
        }
        List<Participant> chosen = participantIds.isEmpty() ? List.of()
                : em.createQuery("select p from Participant p where p.cohortId = :cohort and p.id in :ids"
                        + " and p.status = :enrolled", Participant.class)
                .setParameter("cohort", cohortId).setParameter("ids", participantIds)
                .setParameter("enrolled", ParticipantStatus.ENROLLED).getResultList();
        chosen.forEach(p -> notifications.reminder(p, cohort, text.strip()));
        LOG.info(() -> "event=cohort.reminder user=" + caller.username() + " cohort=" + cohortId + " count=" + chosen.size());
        return chosen.size();
    }

    private static DashboardRow row(ParticipantView p, List<Dashboard.CourseColumn> courses,
                                    Map<CourseProgressQuery.Key, CourseProgressQuery.Cell> cells, Integer rate,
                                    int expected, int minimum) {
        List<Integer> percents = courses.stream().map(c -> {
            CourseProgressQuery.Cell cell = cells.get(new CourseProgressQuery.Key(p.personId(), c.iri()));
            return cell == null ? 0 : cell.percent();
        }).toList();
        int average = percents.isEmpty() ? 0 : (int) percents.stream().mapToInt(Integer::intValue).average().orElse(0);
        return new DashboardRow(p.id(), p.personId(), p.name(), p.organisation(), percents, average, rate,
                average + TOLERANCE_POINTS < expected, rate != null && rate < minimum);
    }

    private List<Dashboard.CourseColumn> courses(Cohort cohort) {
        List<String> iris = cohort.courseIri() != null ? List.of(cohort.courseIri())
                : catalogue.program(cohort.programIri()).map(ProgramDefinition::requiredCourses).orElse(List.of());
        return catalogue.titles(iris).entrySet().stream()
                .map(e -> new Dashboard.CourseColumn(e.getKey(), e.getValue())).toList();
    }

    /** Linear pace: 0 % at the start, 100 % at the end of the cohort. */
    private int expectedPercent(Cohort cohort) {
        LocalDate today = LocalDate.now(clock);
        long total = Math.max(1, ChronoUnit.DAYS.between(cohort.startsOn(), cohort.endsOn()));
        long done = ChronoUnit.DAYS.between(cohort.startsOn(), today);
        return (int) Math.max(0, Math.min(100, done * 100 / total));
    }
}
