package de.smartcity.academy.identity.boundary;

import de.smartcity.academy.identity.entity.Account;
import de.smartcity.academy.identity.entity.Role;
import java.util.Set;

/** The login and roles of a person, as the admin UI shows them. */
public record AccountView(String username, Set<Role> roles, Long scopeId, String scopeName) implements java.io.Serializable {

    static AccountView of(Account account) {
        return new AccountView(account.username(), account.roles(),
                account.scope() == null ? null : account.scope().id(),
                account.scope() == null ? null : account.scope().name());
    }
}
