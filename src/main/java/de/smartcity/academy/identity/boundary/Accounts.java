package de.smartcity.academy.identity.boundary;

import de.smartcity.academy.identity.control.PasswordHashing;
import de.smartcity.academy.identity.control.PasswordPolicy;
import de.smartcity.academy.identity.control.Scope;
import de.smartcity.academy.identity.control.SecurityLog;
import de.smartcity.academy.identity.entity.Account;
import de.smartcity.academy.identity.entity.Organisation;
import de.smartcity.academy.identity.entity.Person;
import de.smartcity.academy.identity.entity.Role;
import de.smartcity.academy.platform.error.Conflict;
import de.smartcity.academy.platform.error.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Logins and roles. Only admins grant roles, never beyond their own scope. */
@ApplicationScoped
@Transactional
public class Accounts {

    @PersistenceContext EntityManager em;
    @Inject Scope scope;
    @Inject People people;
    @Inject PasswordHashing hashing;

    public Optional<AccountView> of(@NotNull Caller caller, long personId) {
        scope.requireAny(caller, Role.ADMIN);
        Person person = people.personInScope(caller, personId);
        return account(person).map(AccountView::of);
    }

    /**
     * Creates the login of a person or changes its roles. A new login needs a user name and an
     * initial password; the HR/admin scope must lie inside the granting admin's own scope.
     */
    public AccountView grant(@NotNull Caller caller, long personId, @NotNull @Valid AccountGrant grant) {
        scope.requireAny(caller, Role.ADMIN);
        Set<Role> roles = grant.roles();
        Long scopeId = grant.scopeId();
        Person person = people.personInScope(caller, personId);
        Organisation roleScope = scopeId == null ? null : scope.organisationInScope(caller, scopeId);
        if (roles.stream().anyMatch(Role::isScoped) && roleScope == null) {
            throw new InvalidInput("HR und Administration brauchen eine Organisation als Bereich.",
                    List.of(new InvalidInput.Violation("scopeId", "Bitte einen Bereich wählen.")));
        }
        Account account = account(person).orElseGet(
                () -> newAccount(person, grant.username(), grant.initialPassword()));
        account.assignRoles(roles, roleScope);
        SecurityLog.rolesChanged(caller.username(), account.username(), roles.toString(),
                roleScope == null ? null : roleScope.name());
        return AccountView.of(account);
    }

    private Account newAccount(Person person, String username, String password) {
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{2,63}")) {
            throw new InvalidInput("Ungültiger Benutzername.", List.of(new InvalidInput.Violation("username",
                    "3–64 Zeichen: Kleinbuchstaben, Ziffern, Punkt, Bindestrich, Unterstrich.")));
        }
        PasswordPolicy.check(password, username).ifPresent(message -> {
            throw new InvalidInput(message, List.of(new InvalidInput.Violation("password", message)));
        });
        if (!em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultList().isEmpty()) {
            throw new Conflict("Dieser Benutzername ist bereits vergeben. / This user name is already taken.");
        }
        Account account = new Account(username, hashing.hash(password), person);
        em.persist(account);
        return account;
    }

    private Optional<Account> account(Person person) {
        return em.createNamedQuery(Account.BY_PERSON, Account.class)
                .setParameter("personId", person.id()).getResultStream().findFirst();
    }
}
