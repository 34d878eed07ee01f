package de.smartcity.academy.identity.boundary;

import de.smartcity.academy.identity.entity.Role;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * Roles for a person; {@code username} and {@code initialPassword} are needed only when the person
 * has no login yet.
 */
public record AccountGrant(
        @NotNull(message = "{account.roles.required}") Set<Role> roles,
        Long scopeId,
        @Size(max = 64, message = "{field.tooLong}") String username,
        @Size(max = 128, message = "{field.tooLong}") String initialPassword) implements java.io.Serializable {
    /**
     * Declared explicitly so the constraints stay on the fields only: Payara's OpenAPI scanner
     * fails on Bean Validation annotations of constructor parameters.
     */
    public AccountGrant(Set<Role> roles, Long scopeId, String username, String initialPassword) {
        this.roles = roles;
        this.scopeId = scopeId;
        this.username = username;
        this.initialPassword = initialPassword;
    }
}
