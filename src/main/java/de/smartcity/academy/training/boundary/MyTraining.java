package de.smartcity.academy.training.boundary;

import de.smartcity.academy.course.control.LocalizedText;
import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.platform.paging.Page;
import de.smartcity.academy.training.entity.TrainingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The caller's own mandatory training, the most urgent first. */
@ApplicationScoped
@Transactional
public class MyTraining {

    private static final String FROM = " FROM training_requirement r JOIN course c ON c.id = r.course_id"
            + " LEFT JOIN course_enrolment e ON e.person_id = r.person_id AND e.course_id = r.course_id"
            + " WHERE r.person_id = ?";

    @PersistenceContext EntityManager em;
    @Inject Clock clock;

    public Page<MyTrainingEntry> mine(@NotNull Caller caller, int page, int size) {
        Query query = em.createNativeQuery("SELECT c.slug, c.title_de, c.title_en, r.due_on, r.recurrence_months,"
                + " e.valid_until, " + TrainingStatus.CASE + " AS status" + FROM + " ORDER BY r.due_on, c.title_de"
                + " OFFSET " + page * size + " ROWS FETCH NEXT " + size + " ROWS ONLY");
        Date today = Date.valueOf(LocalDate.now(clock));
        for (int i = 1; i <= TrainingStatus.CASE_PARAMETERS; i++) {
            query.setParameter(i, today);
        }
        query.setParameter(TrainingStatus.CASE_PARAMETERS + 1, caller.personId());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return Page.of(rows.stream().map(MyTraining::entry).toList(), page, size,
                () -> ((Number) em.createNativeQuery("SELECT COUNT(*)" + FROM).setParameter(1, caller.personId())
                        .getSingleResult()).longValue());
    }

    private static MyTrainingEntry entry(Object[] row) {
        return new MyTrainingEntry((String) row[0], new LocalizedText((String) row[1], (String) row[2]),
                localDate(row[3]), row[4] == null ? null : ((Number) row[4]).intValue(),
                TrainingStatus.valueOf(((String) row[6]).strip()), localDate(row[5]));
    }

    private static LocalDate localDate(Object value) {
        return value == null ? null : value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate();
    }
}
