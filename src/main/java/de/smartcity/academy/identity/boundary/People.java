package de.smartcity.academy.identity.boundary;

import de.smartcity.academy.identity.control.Scope;
import de.smartcity.academy.identity.entity.Language;
import de.smartcity.academy.identity.entity.Organisation;
import de.smartcity.academy.identity.entity.Person;
import de.smartcity.academy.identity.entity.Role;
import de.smartcity.academy.platform.error.Conflict;
import de.smartcity.academy.platform.error.NotFound;
import de.smartcity.academy.platform.paging.Page;
import de.smartcity.academy.platform.persistence.Like;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.logging.Logger;

/**
 * Finding and maintaining people. HR reads, admins also write; both only inside their
 * organisation subtree — a person outside it is reported as not found.
 */
@ApplicationScoped
@Transactional
public class People {

    private static final Logger LOG = Logger.getLogger(People.class.getName());

    @PersistenceContext EntityManager em;
    @Inject Scope scope;
    @Inject Event<PersonPlaced> placed;

    /**
     * People in the caller's subtree, optionally below one organisation and matching a search
     * text (name or e-mail), ordered by name.
     */
    public Page<PersonView> search(@NotNull Caller caller, Long organisationId, String text, int page, int size) {
        scope.requireAny(caller, Role.HR, Role.ADMIN);
        String prefix = organisationId == null
                ? caller.scopePath() : scope.organisationInScope(caller, organisationId).path();
        String pattern = Like.containing(text);
        String where = " from Person p join p.organisation o where o.path like :prefix"
                + " and (lower(p.familyName) like :text or lower(p.givenName) like :text or lower(p.email) like :text)";
        long total = em.createQuery("select count(p)" + where, Long.class)
                .setParameter("prefix", prefix + "%").setParameter("text", pattern)
                .getSingleResult();
        var items = em.createQuery("select p" + where + " order by p.familyName, p.givenName, p.id", Person.class)
                .setParameter("prefix", prefix + "%").setParameter("text", pattern)
                .setHint("eclipselink.join-fetch", "p.organisation")
                .setFirstResult(page * size).setMaxResults(size)
                .getResultList();
        return new Page<>(items.stream().map(PersonView::of).toList(), page, size, total);
    }

    public PersonView get(@NotNull Caller caller, long id) {
        scope.requireAny(caller, Role.HR, Role.ADMIN);
        return PersonView.of(personInScope(caller, id));
    }

    public PersonView create(@NotNull Caller caller, @NotNull @Valid PersonForm form) {
        scope.requireAny(caller, Role.ADMIN);
        Organisation organisation = scope.organisationInScope(caller, form.organisationId());
        requireUnusedEmail(form.email(), null);
        Person person = new Person(form.givenName(), form.familyName(), form.email(), organisation,
                Language.of(form.language()));
        em.persist(person);
        em.flush();
        placed.fire(new PersonPlaced(person.id()));
        LOG.info(() -> "event=person.created user=" + caller.username() + " person=" + person.id()
                + " org=" + organisation.id());
        return PersonView.of(person);
    }

    public PersonView update(@NotNull Caller caller, long id, @NotNull @Valid PersonForm form) {
        scope.requireAny(caller, Role.ADMIN);
        Person person = personInScope(caller, id);
        Organisation organisation = scope.organisationInScope(caller, form.organisationId());
        requireUnusedEmail(form.email(), person.id());
        boolean moved = !organisation.id().equals(person.organisation().id());
        person.update(form.givenName(), form.familyName(), form.email(), organisation, Language.of(form.language()));
        if (moved) {
            em.flush();
            placed.fire(new PersonPlaced(person.id()));
        }
        LOG.info(() -> "event=person.updated user=" + caller.username() + " person=" + id);
        return PersonView.of(person);
    }

    Person personInScope(Caller caller, long id) {
        Person person = em.find(Person.class, id);
        if (person == null || !caller.covers(person.organisation().path())) {
            throw new NotFound("Person");
        }
        return person;
    }

    void requireUnusedEmail(String email, Long exceptPersonId) {
        boolean taken = em.createNamedQuery(Person.BY_EMAIL, Person.class)
                .setParameter("email", Person.normaliseEmail(email))
                .getResultStream().anyMatch(p -> !p.id().equals(exceptPersonId));
        if (taken) {
            throw new Conflict("Diese E-Mail-Adresse ist bereits vergeben. / This e-mail address is already in use.");
        }
    }
}
