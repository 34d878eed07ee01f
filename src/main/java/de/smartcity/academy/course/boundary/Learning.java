package de.smartcity.academy.course.boundary;

import de.smartcity.academy.course.control.CompletionRule;
import de.smartcity.academy.course.control.CourseDefinition;
import de.smartcity.academy.course.control.LessonDefinition;
import de.smartcity.academy.course.control.ModuleDefinition;
import de.smartcity.academy.course.entity.Course;
import de.smartcity.academy.course.entity.CourseEnrolment;
import de.smartcity.academy.course.entity.LessonProgress;
import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.control.Scope;
import de.smartcity.academy.identity.entity.Role;
import de.smartcity.academy.platform.error.Conflict;
import de.smartcity.academy.platform.error.NotFound;
import de.smartcity.academy.platform.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The learner's way through a course: the course page, reading lessons (resume where they left
 * off), marking them done, and their progress. Every method acts for the caller only.
 */
@ApplicationScoped
@Transactional
public class Learning {

    private static final Logger LOG = Logger.getLogger(Learning.class.getName());

    @PersistenceContext EntityManager em;
    @Inject Catalogue catalogue;
    @Inject QuizProgress quizProgress;
    @Inject Completion completion;
    @Inject Scope scope;
    @Inject Clock clock;

    public CourseView course(@NotNull Caller caller, String courseId) {
        scope.requireAny(caller, Role.LEARNER);
        Course course = catalogue.course(courseId);
        CourseDefinition definition = catalogue.liveDefinition(course);
        Optional<CourseEnrolment> enrolment = enrolment(caller.personId(), course);
        Instant since = enrolment.map(CourseEnrolment::countsSince).orElse(Instant.EPOCH);
        Set<String> done = doneLessons(caller.personId(), course, since);
        List<CourseView.ModuleItem> modules = definition.modules().stream()
                .map(m -> new CourseView.ModuleItem(m.id(), m.title(), m.summary(),
                        m.lessons().stream().map(l -> new CourseView.LessonItem(l.id(), l.title(),
                                l.durationMinutes(), done.contains(l.id()))).toList(),
                        m.quiz() == null ? null : quizProgress.item(caller.personId(), course, m.quiz(), since)))
                .toList();
        Set<String> passed = quizProgress.passedQuizzes(caller.personId(), course, since);
        return new CourseView(course.slug(), course.iri(), definition.title(), definition.summary(),
                definition.audience(), definition.objectives(), definition.estimatedHours(), definition.passMark(),
                definition.certificateValidityMonths(), course.currentVersion(), modules,
                CompletionRule.progressPercent(definition, done, passed), enrolment.isPresent(),
                enrolment.map(CourseEnrolment::completedAt).orElse(null),
                enrolment.map(CourseEnrolment::completedVersion).orElse(null),
                nextLesson(definition, done, enrolment.map(CourseEnrolment::lastLessonId).orElse(null))
                        .map(LessonDefinition::id).orElse(null),
                enrolment.map(CourseEnrolment::roundNo).orElse(1), enrolment.map(Learning::refresherRunning).orElse(false));
    }

    /** Opens a lesson and remembers it as the place to resume. */
    public LessonView openLesson(@NotNull Caller caller, String courseId, String lessonId) {
        scope.requireAny(caller, Role.LEARNER);
        Course course = catalogue.course(courseId);
        CourseDefinition definition = catalogue.liveDefinition(course);
        List<LessonDefinition> lessons = definition.modules().stream().flatMap(m -> m.lessons().stream()).toList();
        int index = indexOf(lessons, lessonId);
        ModuleDefinition module = moduleOf(definition, lessonId);
        enrolOrVisit(caller.personId(), course, lessonId);
        LessonDefinition lesson = lessons.get(index);
        boolean lastOfModule = module.lessons().get(module.lessons().size() - 1).id().equals(lessonId);
        return new LessonView(course.slug(), definition.title(), module.title(), lesson.id(), lesson.title(),
                lesson.durationMinutes(), lesson.html(), doneLessons(caller.personId(), course).contains(lessonId),
                index > 0 ? lessons.get(index - 1).id() : null,
                index < lessons.size() - 1 ? lessons.get(index + 1).id() : null,
                lastOfModule && module.quiz() != null ? module.quiz().id() : null);
    }

    /** Marks a lesson done (idempotent); may complete the course. */
    public CourseView markDone(@NotNull Caller caller, String courseId, String lessonId) {
        scope.requireAny(caller, Role.LEARNER);
        Course course = catalogue.course(courseId);
        CourseDefinition definition = catalogue.liveDefinition(course);
        moduleOf(definition, lessonId);
        enrolOrVisit(caller.personId(), course, lessonId);
        if (!doneLessons(caller.personId(), course).contains(lessonId)) {
            em.createNamedQuery(LessonProgress.OF_LESSON, LessonProgress.class)
                    .setParameter("personId", caller.personId()).setParameter("courseId", course.id())
                    .setParameter("lessonId", lessonId).getResultStream().findFirst()
                    .ifPresentOrElse(earlier -> earlier.doneAgain(course.currentVersion(), clock.instant()),
                            () -> em.persist(new LessonProgress(caller.personId(), course.id(), lessonId,
                                    course.currentVersion(), clock.instant())));
            em.flush();
        }
        completion.check(caller.personId(), course, definition);
        return course(caller, courseId);
    }

    /**
     * Starts a refresher of a completed course (recertification) on its current content version.
     * Whether one is due is the certificate feature's decision; this only refuses a course that is
     * not completed or whose refresher already runs.
     */
    public CourseView startRefresher(@NotNull Caller caller, String courseId) {
        scope.requireAny(caller, Role.LEARNER);
        Course course = catalogue.course(courseId);
        CourseEnrolment enrolment = enrolment(caller.personId(), course)
                .filter(CourseEnrolment::isRoundCompleted)
                .orElseThrow(() -> new Conflict("Eine Auffrischung ist erst nach dem Abschluss des Kurses möglich."
                        + " / A refresher needs a completed course."));
        enrolment.startRound(clock.instant());
        em.flush();
        LOG.info(() -> "event=course.refresher.started person=" + caller.personId() + " course=" + course.slug()
                + " round=" + enrolment.roundNo() + " version=" + course.currentVersion());
        return course(caller, courseId);
    }

    /** The caller's courses, most recently visited first. */
    public Page<ProgressEntry> progress(@NotNull Caller caller, int page, int size) {
        scope.requireAny(caller, Role.LEARNER);
        List<CourseEnrolment> enrolments = em.createNamedQuery(CourseEnrolment.OF_PERSON, CourseEnrolment.class)
                .setParameter("personId", caller.personId())
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        List<Long> courseIds = enrolments.stream().filter(e -> !e.isRoundCompleted()).map(e -> e.course().id()).toList();
        Map<Long, Set<String>> done = grouped(courseIds, "select p.courseId, p.lessonId from LessonProgress p,"
                + " CourseEnrolment e where e.personId = p.personId and e.course.id = p.courseId"
                + " and p.personId = :personId and p.courseId in :courseIds"
                + " and (e.roundStartedAt is null or p.completedAt >= e.roundStartedAt)", caller.personId());
        Map<Long, Set<String>> passed = grouped(courseIds, "select a.courseId, a.quizId from QuizAttempt a,"
                + " CourseEnrolment e where e.personId = a.personId and e.course.id = a.courseId"
                + " and a.personId = :personId and a.courseId in :courseIds and a.passed = true"
                + " and (e.roundStartedAt is null or a.startedAt >= e.roundStartedAt)", caller.personId());
        List<ProgressEntry> items = enrolments.stream()
                .map(e -> entry(e, done.getOrDefault(e.course().id(), Set.of()), passed.getOrDefault(e.course().id(), Set.of())))
                .toList();
        return Page.of(items, page, size, () -> em.createNamedQuery(CourseEnrolment.COUNT_OF_PERSON, Long.class)
                .setParameter("personId", caller.personId()).getSingleResult());
    }

    /**
     * (course id, item id) pairs of one person, grouped by course: one query for a whole page of courses
     * (only those in progress: a completed round counts as 100 %).
     */
    private Map<Long, Set<String>> grouped(List<Long> courseIds, String query, long personId) {
        Map<Long, Set<String>> grouped = new HashMap<>();
        if (!courseIds.isEmpty()) {
            em.createQuery(query, Object[].class).setParameter("personId", personId).setParameter("courseIds", courseIds)
                    .getResultStream().forEach(row -> grouped.computeIfAbsent((Long) row[0], id -> new HashSet<>())
                            .add((String) row[1]));
        }
        return grouped;
    }

    private ProgressEntry entry(CourseEnrolment enrolment, Set<String> doneLessons, Set<String> passedQuizzes) {
        Course course = enrolment.course();
        CourseDefinition definition = catalogue.liveDefinition(course);
        int percent = enrolment.isRoundCompleted() ? 100
                : CompletionRule.progressPercent(definition, doneLessons, passedQuizzes);
        Optional<LessonDefinition> next = enrolment.isRoundCompleted() ? Optional.empty()
                : nextLesson(definition, doneLessons, enrolment.lastLessonId());
        return new ProgressEntry(course.slug(), course.iri(), definition.title(), percent, enrolment.startedAt(),
                enrolment.lastVisitedAt(), enrolment.lastLessonId(), enrolment.completedAt(),
                enrolment.completedVersion(), enrolment.scorePercent(), enrolment.roundNo(),
                refresherRunning(enrolment), next.map(LessonDefinition::id).orElse(null),
                next.map(LessonDefinition::title).orElse(null));
    }

    private static boolean refresherRunning(CourseEnrolment enrolment) {
        return enrolment.isCompleted() && !enrolment.isRoundCompleted();
    }

    Optional<CourseEnrolment> enrolment(long personId, Course course) {
        return em.createNamedQuery(CourseEnrolment.OF, CourseEnrolment.class)
                .setParameter("personId", personId).setParameter("courseId", course.id())
                .getResultStream().findFirst();
    }

    private void enrolOrVisit(long personId, Course course, String lessonId) {
        enrolment(personId, course).ifPresentOrElse(e -> e.visit(lessonId, clock.instant()), () -> {
            CourseEnrolment enrolment = new CourseEnrolment(personId, course, clock.instant());
            enrolment.visit(lessonId, clock.instant());
            em.persist(enrolment);
        });
    }

    /** Where the person's current round in this course began (the epoch in the first round). */
    Instant countsSince(long personId, Course course) {
        return enrolment(personId, course).map(CourseEnrolment::countsSince).orElse(Instant.EPOCH);
    }

    /** Lessons done in the current round. */
    Set<String> doneLessons(long personId, Course course) {
        return doneLessons(personId, course, countsSince(personId, course));
    }

    private Set<String> doneLessons(long personId, Course course, Instant since) {
        return new HashSet<>(em.createNamedQuery(LessonProgress.DONE_IDS, String.class)
                .setParameter("personId", personId).setParameter("courseId", course.id())
                .setParameter("since", since).getResultList());
    }

    /** Resume: the first lesson not done after the last one visited, else the first not done at all. */
    private static Optional<LessonDefinition> nextLesson(CourseDefinition definition, Set<String> done, String lastVisited) {
        List<LessonDefinition> lessons = definition.modules().stream().flatMap(m -> m.lessons().stream()).toList();
        int from = Math.max(0, lessons.stream().map(LessonDefinition::id).toList().indexOf(lastVisited));
        return lessons.subList(from, lessons.size()).stream().filter(l -> !done.contains(l.id())).findFirst()
                .or(() -> lessons.stream().filter(l -> !done.contains(l.id())).findFirst());
    }

    private static int indexOf(List<LessonDefinition> lessons, String lessonId) {
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).id().equals(lessonId)) {
                return i;
            }
        }
        throw new NotFound("Lektion");
    }

    private static ModuleDefinition moduleOf(CourseDefinition definition, String lessonId) {
        return definition.modules().stream()
                .filter(m -> m.lessons().stream().anyMatch(l -> l.id().equals(lessonId)))
                .findFirst().orElseThrow(() -> new NotFound("Lektion"));
    }
}
