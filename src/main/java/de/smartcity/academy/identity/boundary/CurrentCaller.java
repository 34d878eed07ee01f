package de.smartcity.academy.identity.boundary;

import de.smartcity.academy.identity.entity.Account;
import de.smartcity.academy.identity.entity.Organisation;
import de.smartcity.academy.identity.entity.Person;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** The caller of the current request, loaded once per request. */
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
        Account account = em.createNamedQuery(Account.CALLER, Account.class)
                .setParameter("username", principal.getName())
                .getResultStream().findFirst()
                .orElseThrow(NotAuthenticated::new);
        Person person = account.person();
        Organisation scope = account.scope();
        return new Caller(account.username(), person.id(), person.displayName(), person.email(),
                person.language(), person.organisation().id(), person.organisation().name(),
                account.roles(), scope == null ? null : scope.id(), scope == null ? null : scope.name(),
                scope == null ? null : scope.path());
    }
}
