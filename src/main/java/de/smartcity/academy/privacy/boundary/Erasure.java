package de.smartcity.academy.privacy.boundary;

import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.control.Scope;
import de.smartcity.academy.identity.entity.Account;
import de.smartcity.academy.identity.entity.Person;
import de.smartcity.academy.identity.entity.Role;
import de.smartcity.academy.platform.error.Conflict;
import de.smartcity.academy.platform.error.NotFound;
import de.smartcity.academy.platform.paging.Page;
import de.smartcity.academy.platform.persistence.AcademyDataSource;
import de.smartcity.academy.privacy.control.PersonRecords;
import de.smartcity.academy.privacy.control.PersonTables;
import de.smartcity.academy.privacy.control.RetentionPeriod;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Anonymising people (Art. 17 GDPR) and finding those whose retention period has passed. The person
 * row stays, with name and e-mail replaced, so every count and every foreign key (also of tables added
 * later) stays intact; the login goes, free-text notes go, queued mails to them go. Certificates keep
 * the holder name as issued and stay verifiable, but no longer point to the person.
 */
@ApplicationScoped
@Transactional
public class Erasure {

    private static final Logger LOG = Logger.getLogger(Erasure.class.getName());

    /** @param lastTrace the latest moment anything was recorded about the person */
    public record Due(long personId, String name, String email, String organisation, String lastTrace) {}

    public record Anonymised(long personId, String anonymisedAt) {}

    @PersistenceContext EntityManager em;
    @Resource(lookup = AcademyDataSource.JNDI_NAME) DataSource dataSource;
    @Inject Scope scope;
    @Inject Clock clock;

    @Inject @ConfigProperty(name = "academy.retention.months", defaultValue = "36")
    int retentionMonths;

    /** People in the admin's scope with no trace newer than the retention period, oldest trace first. */
    public Page<Due> pastRetention(@NotNull Caller caller, int page, int size) {
        scope.requireAny(caller, Role.ADMIN);
        RetentionPeriod period = new RetentionPeriod(retentionMonths);
        Map<Long, Instant> traces = lastTraces();
        java.util.Set<Object> anonymised = new java.util.HashSet<>(em.createNativeQuery(
                "select id from person where anonymised_at is not null").getResultList());
        List<Due> due = em.createQuery("select p from Person p join p.organisation o where o.path like :prefix"
                        + " order by p.familyName, p.givenName, p.id", Person.class)
                .setParameter("prefix", caller.scopePath() + "%")
                .getResultStream()
                .filter(p -> !anonymised.contains(p.id()) && traces.containsKey(p.id())
                        && period.isPast(traces.get(p.id()), clock.instant()))
                .map(p -> new Due(p.id(), p.displayName(), p.email(), p.organisation().name(), traces.get(p.id()).toString()))
                .sorted(Comparator.comparing(Due::lastTrace))
                .toList();
        return new Page<>(due.stream().skip((long) page * size).limit(size).toList(), page, size, due.size());
    }

    public int retentionMonths() {
        return retentionMonths;
    }

    public Anonymised anonymise(@NotNull Caller caller, long personId) {
        scope.requireAny(caller, Role.ADMIN);
        Person person = em.find(Person.class, personId);
        if (person == null || !caller.covers(person.organisation().path())) {
            throw new NotFound("Person");
        }
        if (person.id() == caller.personId()) {
            throw new Conflict("Das eigene Konto kann nicht anonymisiert werden. / You cannot anonymise yourself.");
        }
        if (isAnonymised(personId)) {
            throw new Conflict("Die Person ist bereits anonymisiert. / The person is already anonymised.");
        }
        String email = person.email();
        List<Account> accounts = em.createNamedQuery(Account.BY_PERSON, Account.class).setParameter("personId", personId)
                .getResultList();
        for (Account account : accounts) {
            removeSubscriptions(account.username());
            em.remove(account);
        }
        em.flush();
        Instant now = clock.instant();
        update("update certificate set person_id = null where person_id = ?1", personId);
        update("update cohort_participant set note = null, reason = null where person_id = ?1", personId);
        update("delete from mail_outbox where recipient = ?1", email);
        em.createNativeQuery("update person set given_name = ?1, family_name = ?2, email = ?3, anonymised_at = ?4,"
                        + " version = version + 1 where id = ?5")
                .setParameter(1, "Anonymisiert").setParameter(2, "Person " + personId)
                .setParameter(3, "anonymisiert-" + personId + "@invalid.example")
                .setParameter(4, java.sql.Timestamp.from(now)).setParameter(5, personId)
                .executeUpdate();
        em.detach(person);
        LOG.info(() -> "event=privacy.anonymised user=" + caller.username() + " person=" + personId);
        return new Anonymised(personId, now.toString());
    }

    /** Rows that exist for a login (e.g. report subscriptions) go with it; audit rows naming an actor stay. */
    private void removeSubscriptions(String username) {
        try (Connection connection = dataSource.getConnection()) {
            for (PersonTables.NamedBy table : PersonTables.namingUsers(connection, PersonTables.of(connection))) {
                if (table.column().equalsIgnoreCase("username")) {
                    update("delete from " + table.table() + " where " + table.column() + " = ?1", username);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the schema", e);
        }
    }

    private void update(String sql, Object parameter) {
        em.createNativeQuery(sql).setParameter(1, parameter).executeUpdate();
    }

    private boolean isAnonymised(long personId) {
        return em.createNativeQuery("select anonymised_at from person where id = ?1").setParameter(1, personId)
                .getResultStream().anyMatch(java.util.Objects::nonNull);
    }

    private Map<Long, Instant> lastTraces() {
        try (Connection connection = dataSource.getConnection()) {
            return new PersonRecords(connection).lastTraces();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the last traces of people", e);
        }
    }
}
