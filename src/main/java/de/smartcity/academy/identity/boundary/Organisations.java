package de.smartcity.academy.identity.boundary;

import de.smartcity.academy.identity.control.Scope;
import de.smartcity.academy.identity.entity.Organisation;
import de.smartcity.academy.identity.entity.Role;
import de.smartcity.academy.platform.paging.Page;
import de.smartcity.academy.platform.persistence.Like;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.logging.Logger;

/** The organisation tree as HR and admins see it: from their scope organisation downwards. */
@ApplicationScoped
@Transactional
public class Organisations {

    private static final Logger LOG = Logger.getLogger(Organisations.class.getName());

    @PersistenceContext EntityManager em;
    @Inject Scope scope;

    /** The caller's scope organisation: the root of everything they may see. */
    public OrganisationView root(@NotNull Caller caller) {
        scope.requireAny(caller, Role.HR, Role.ADMIN);
        return OrganisationView.of(scope.organisationInScope(caller, caller.scopeId()));
    }

    public Page<OrganisationView> children(@NotNull Caller caller, long parentId, int page, int size) {
        scope.requireAny(caller, Role.HR, Role.ADMIN);
        Organisation parent = scope.organisationInScope(caller, parentId);
        long total = em.createQuery("select count(o) from Organisation o where o.parent = :parent", Long.class)
                .setParameter("parent", parent).getSingleResult();
        List<OrganisationView> items = em.createQuery(
                        "select o from Organisation o where o.parent = :parent order by o.name, o.id", Organisation.class)
                .setParameter("parent", parent)
                .setFirstResult(page * size).setMaxResults(size)
                .getResultStream().map(OrganisationView::of).toList();
        return new Page<>(items, page, size, total);
    }

    /** Organisations in scope whose name contains the text, for pickers; at most {@code limit}. */
    public List<OrganisationView> find(@NotNull Caller caller, String text, int limit) {
        scope.requireAny(caller, Role.HR, Role.ADMIN);
        return em.createQuery("select o from Organisation o where o.path like :prefix"
                        + " and lower(o.name) like :text order by o.path", Organisation.class)
                .setParameter("prefix", caller.scopePath() + "%")
                .setParameter("text", Like.containing(text))
                .setMaxResults(Math.min(limit, Page.MAX_SIZE))
                .getResultStream().map(OrganisationView::of).toList();
    }

    public OrganisationView create(@NotNull Caller caller, @NotNull @Valid OrganisationForm form) {
        scope.requireAny(caller, Role.ADMIN);
        Organisation parent = scope.organisationInScope(caller, form.parentId());
        Organisation organisation = new Organisation(form.name().strip(), form.kind(), parent);
        em.persist(organisation);
        em.flush();
        organisation.assignPath();
        LOG.info(() -> "event=organisation.created user=" + caller.username() + " org=" + organisation.id()
                + " parent=" + parent.id());
        return OrganisationView.of(organisation);
    }

    public OrganisationView rename(@NotNull Caller caller, long id, @NotNull String name) {
        scope.requireAny(caller, Role.ADMIN);
        Organisation organisation = scope.organisationInScope(caller, id);
        organisation.rename(name.strip());
        return OrganisationView.of(organisation);
    }
}
