package de.smartcity.academy.identity.boundary;

import de.smartcity.academy.identity.entity.OrganisationKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new organisation below an existing one. */
public record OrganisationForm(
        @NotNull(message = "{organisation.parent.required}") Long parentId,
        @NotBlank(message = "{organisation.name.required}") @Size(max = 200, message = "{field.tooLong}") String name,
        @NotNull(message = "{organisation.kind.required}") OrganisationKind kind) implements java.io.Serializable {
    /**
     * Declared explicitly so the constraints stay on the fields only: Payara's OpenAPI scanner
     * fails on Bean Validation annotations of constructor parameters.
     */
    public OrganisationForm(Long parentId, String name, OrganisationKind kind) {
        this.parentId = parentId;
        this.name = name;
        this.kind = kind;
    }
}
