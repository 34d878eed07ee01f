package de.smartcity.academy.identity.boundary;

import de.smartcity.academy.identity.entity.Language;
import de.smartcity.academy.identity.entity.Role;
import java.io.Serializable;
import java.util.Set;

/**
 * Who is calling: the authenticated account with its person, roles and scope. Every boundary
 * method that reads or changes people takes a Caller and checks it.
 *
 * @param scopePath materialised path of the scope organisation ({@code /1/4/}), null without HR/ADMIN
 */
public record Caller(
        String username,
        long personId,
        String displayName,
        String email,
        Language language,
        long organisationId,
        String organisationName,
        Set<Role> roles,
        Long scopeId,
        String scopeName,
        String scopePath) implements Serializable {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether an organisation with this path lies in the caller's HR/admin subtree. */
    public boolean covers(String organisationPath) {
        return scopePath != null && organisationPath != null && organisationPath.startsWith(scopePath);
    }

    /** The role whose home page the caller lands on after login (the most powerful one). */
    public Role primaryRole() {
        for (Role role : new Role[] {Role.ADMIN, Role.HR, Role.TRAINER, Role.LEARNER}) {
            if (has(role)) {
                return role;
            }
        }
        return Role.LEARNER;
    }
}
