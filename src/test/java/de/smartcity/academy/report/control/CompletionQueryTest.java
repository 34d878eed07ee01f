package de.smartcity.academy.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.academy.training.entity.TrainingStatus;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The report's SQL, including the status rule, on a real Derby (and PostgreSQL with -Ppostgres): statuses
 * around the due date, scope, filters.
 */
@Tag("database")
class CompletionQueryTest {

    private static final LocalDate DUE = LocalDate.of(2026, 11, 23);

    private ReportDatabase db;
    private long root;
    private long musterstadt;
    private long bauamt;
    private long beispielkreis;
    private long course;

    @BeforeEach
    void setUp() throws SQLException {
        db = new ReportDatabase();
        root = db.organisation("Bund", null);
        musterstadt = db.organisation("Stadt Musterstadt", root);
        bauamt = db.organisation("Bauamt", musterstadt);
        beispielkreis = db.organisation("Landkreis Beispielkreis", root);
        course = db.course("informationssicherheit");
    }

    @AfterEach
    void tearDown() throws SQLException {
        db.close();
    }

    @Test
    void aRequirementTurnsOverdueOnTheDayAfterItsDueDate() throws SQLException {
        long person = db.person("Olga", "Offen", bauamt);
        db.requirement(person, course, db.assignment(course, musterstadt, DUE, null), DUE, null);

        assertThat(statusOn(DUE.minusDays(1), person)).isEqualTo(TrainingStatus.NOT_STARTED);
        assertThat(statusOn(DUE, person)).isEqualTo(TrainingStatus.NOT_STARTED);
        assertThat(statusOn(DUE.plusDays(1), person)).isEqualTo(TrainingStatus.OVERDUE);
    }

    @Test
    void aStartedCourseIsInProgressUntilDueThenOverdue() throws SQLException {
        long person = db.person("Ines", "Ingang", bauamt);
        db.requirement(person, course, db.assignment(course, musterstadt, DUE, null), DUE, null);
        db.enrolment(person, course, null, null);

        assertThat(statusOn(DUE, person)).isEqualTo(TrainingStatus.IN_PROGRESS);
        assertThat(statusOn(DUE.plusDays(1), person)).isEqualTo(TrainingStatus.OVERDUE);
    }

    @Test
    void aCompletionCountsThroughItsLastValidDayThenExpires() throws SQLException {
        long person = db.person("Carla", "Complete", bauamt);
        db.requirement(person, course, db.assignment(course, musterstadt, DUE, null), DUE, null);
        LocalDate lastValidDay = DUE.plusMonths(6);
        db.enrolment(person, course, DUE.minusDays(10), lastValidDay);

        assertThat(statusOn(DUE.plusDays(1), person)).as("completed in time, not overdue").isEqualTo(TrainingStatus.COMPLETED);
        assertThat(statusOn(lastValidDay, person)).isEqualTo(TrainingStatus.COMPLETED);
        assertThat(statusOn(lastValidDay.plusDays(1), person)).isEqualTo(TrainingStatus.EXPIRED);
    }

    @Test
    void recurringTrainingIsOverdueOnceItsCurrentDueDatePassesEvenWithAnOldCompletion() throws SQLException {
        long person = db.person("Rita", "Regel", bauamt);
        long assignment = db.assignment(course, musterstadt, DUE.minusYears(1), 12);
        db.requirement(person, course, assignment, DUE, 12);
        db.enrolment(person, course, DUE.minusYears(1), null);

        assertThat(statusOn(DUE, person)).isEqualTo(TrainingStatus.COMPLETED);
        assertThat(statusOn(DUE.plusDays(1), person)).isEqualTo(TrainingStatus.OVERDUE);
    }

    @Test
    void coursesTakenWithoutRequirementAppearWithoutDueDate() throws SQLException {
        long person = db.person("Frieda", "Freiwillig", bauamt);
        db.enrolment(person, course, DUE.minusDays(3), null);

        List<CompletionRow> rows = page(criteria(musterstadtPath(), null, DUE));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.dueOn()).isNull();
            assertThat(row.status()).isEqualTo(TrainingStatus.COMPLETED);
        });
    }

    @Test
    void onlyTheSubtreeIsReportedSortedByGermanNamesAndFilteredByStatus() throws SQLException {
        long assignment = db.assignment(course, root, DUE, null);
        for (long person : new long[] {db.person("Ömer", "Öztürk", bauamt), db.person("Nina", "Nagel", musterstadt),
                db.person("Paul", "Peters", bauamt), db.person("Bernd", "Becker", beispielkreis)}) {
            db.requirement(person, course, assignment, DUE, null);
        }
        Criteria musterstadtOnly = criteria(musterstadtPath(), null, DUE.plusDays(1));

        assertThat(page(musterstadtOnly)).extracting(CompletionRow::familyName)
                .containsExactly("Nagel", "Öztürk", "Peters");
        Map<TrainingStatus, Long> counts = new CompletionQuery(musterstadtOnly).countByStatus(db.connection);
        assertThat(counts).containsEntry(TrainingStatus.OVERDUE, 3L).containsEntry(TrainingStatus.COMPLETED, 0L);
        assertThat(page(criteria(musterstadtPath(), TrainingStatus.COMPLETED, DUE.plusDays(1)))).isEmpty();
        assertThat(new CompletionQuery(musterstadtOnly).countByOrganisation(db.connection))
                .containsOnlyKeys(musterstadtPath(), musterstadtPath() + bauamt + "/");
    }

    /**
     * A page walks the subtree's people in batches (50, 100, …): every page must be exactly its slice of
     * the whole report, across the borders of batches, with and without a filter on the rows.
     */
    @Test
    void everyPageIsItsSliceOfTheWholeReportAcrossBatchesOfPeople() throws SQLException {
        long chosen = db.course("ki-in-der-verwaltung");
        long assignment = db.assignment(course, musterstadt, DUE, null);
        for (int i = 0; i < 180; i++) {
            long person = db.person("Vorname" + (i % 90), "Name" + (i % 60), i % 2 == 0 ? bauamt : musterstadt);
            if (i % 5 != 0) {
                db.requirement(person, course, assignment, i % 3 == 0 ? DUE.minusDays(1) : DUE.plusDays(30), null);
            }
            if (i % 4 == 0) {
                db.enrolment(person, chosen, null, null);
            }
        }
        for (TrainingStatus status : new TrainingStatus[] {null, TrainingStatus.OVERDUE}) {
            Criteria criteria = criteria(musterstadtPath(), status, DUE);
            List<String> whole = new ArrayList<>();
            new CompletionQuery(criteria).each(db.connection, false, row -> whole.add(row.personId() + "/" + row.courseId()));
            List<String> paged = new ArrayList<>();
            for (int page = 0; page * 7 <= whole.size(); page++) {
                new CompletionQuery(criteria).page(db.connection, page, 7, false)
                        .forEach(row -> paged.add(row.personId() + "/" + row.courseId()));
            }
            assertThat(whole).as("rows with status %s", status).hasSizeGreaterThan(status == null ? 150 : 40);
            assertThat(paged).as("pages with status %s", status).containsExactlyElementsOf(whole);
        }
    }

    private String musterstadtPath() {
        return "/" + root + "/" + musterstadt + "/";
    }

    private TrainingStatus statusOn(LocalDate today, long person) throws SQLException {
        List<CompletionRow> rows = page(new Criteria("/", null, null, person, null, null, null, today));
        assertThat(rows).hasSize(1);
        return rows.get(0).status();
    }

    private static Criteria criteria(String path, TrainingStatus status, LocalDate today) {
        return new Criteria(path, null, null, null, status, null, null, today);
    }

    private List<CompletionRow> page(Criteria criteria) throws SQLException {
        return new ArrayList<>(new CompletionQuery(criteria).page(db.connection, 0, 50, false));
    }
}
