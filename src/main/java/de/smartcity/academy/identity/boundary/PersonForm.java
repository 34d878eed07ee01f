package de.smartcity.academy.identity.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The fields of a person as they come in from a form, the REST API or a CSV line. */
public record PersonForm(
        @NotBlank(message = "{person.givenName.required}") @Size(max = 100, message = "{field.tooLong}") String givenName,
        @NotBlank(message = "{person.familyName.required}") @Size(max = 100, message = "{field.tooLong}") String familyName,
        @NotBlank(message = "{person.email.required}") @Email(message = "{person.email.invalid}")
        @Size(max = 254, message = "{field.tooLong}") String email,
        @NotNull(message = "{person.organisation.required}") Long organisationId,
        @NotNull(message = "{person.language.required}") @Pattern(regexp = "de|en", message = "{person.language.invalid}")
        String language) implements java.io.Serializable {
    /**
     * Declared explicitly so the constraints stay on the fields only: Payara's OpenAPI scanner
     * fails on Bean Validation annotations of constructor parameters.
     */
    public PersonForm(String givenName, String familyName, String email, Long organisationId, String language) {
        this.givenName = givenName;
        this.familyName = familyName;
        this.email = email;
        this.organisationId = organisationId;
        this.language = language;
    }
}
