package de.smartcity.academy.identity.control;

import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.entity.Organisation;
import de.smartcity.academy.identity.entity.Role;
import de.smartcity.academy.platform.error.NotFound;
import de.smartcity.academy.platform.error.OutOfScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;

/**
 * The organisation rule in one place: a caller acts only with the roles they hold and, for HR and
 * admin work, only inside the subtree of their scope organisation.
 */
@ApplicationScoped
public class Scope {

    @PersistenceContext EntityManager em;

    public void requireAny(Caller caller, Role... roles) {
        if (Arrays.stream(roles).noneMatch(caller::has)) {
            SecurityLog.accessDenied(caller.username(), "role " + Arrays.toString(roles));
            throw new OutOfScope();
        }
    }

    /** The organisation, if it lies in the caller's subtree; otherwise 403 (the id was asked for explicitly). */
    public Organisation organisationInScope(Caller caller, long organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null) {
            throw new NotFound("Organisation");
        }
        if (!caller.covers(organisation.path())) {
            SecurityLog.accessDenied(caller.username(), "organisation " + organisationId);
            throw new OutOfScope();
        }
        return organisation;
    }
}
