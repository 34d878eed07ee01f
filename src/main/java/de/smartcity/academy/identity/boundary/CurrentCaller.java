package de.smartcity.academy.identity.boundary;

import de.smartcity.academy.identity.entity.Account;
import de.smartcity.academy.identity.entity.Language;
import de.smartcity.academy.identity.entity.Person;
import de.smartcity.academy.identity.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The caller of the current request, read once per request and never remembered longer, so a
 * changed name, organisation or role applies with the next request.
 */
@RequestScoped
public class CurrentCaller {

    @Inject SecurityContext security;
    @PersistenceContext EntityManager em;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            caller = load();
        }
        return caller;
    }

    public boolean isAuthenticated() {
        return security.getCallerPrincipal() != null;
    }

    private Caller load() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            throw new NotAuthenticated();
        }
        List<Object[]> rows = em.createNamedQuery(Account.CALLER, Object[].class)
                .setParameter("username", principal.getName()).getResultList();
        if (rows.isEmpty()) {
            throw new NotAuthenticated();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rows.stream().filter(row -> row[11] != null).forEach(row -> roles.add((Role) row[11]));
        Object[] row = rows.get(0);
        return new Caller((String) row[0], (Long) row[1], Person.displayName((String) row[2], (String) row[3]),
                (String) row[4], (Language) row[5], (Long) row[6], (String) row[7], roles,
                (Long) row[8], (String) row[9], (String) row[10]);
    }
}
