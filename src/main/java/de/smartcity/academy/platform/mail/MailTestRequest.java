package de.smartcity.academy.platform.mail;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An administrator's request for a test mail.
 *
 * @param name how the mail greets the recipient; the address when empty
 */
public record MailTestRequest(
        @NotBlank(message = "{person.email.required}") @Email(message = "{person.email.invalid}")
        @Size(max = 254, message = "{field.tooLong}") String to,
        @NotNull(message = "{person.language.required}") @Pattern(regexp = "de|en", message = "{person.language.invalid}")
        String language,
        @Size(max = 200, message = "{field.tooLong}") String name) {
    /**
     * Declared explicitly so the constraints stay on the fields only: Payara's OpenAPI scanner
     * fails on Bean Validation annotations of constructor parameters.
     */
    public MailTestRequest(String to, String language, String name) {
        this.to = to;
        this.language = language;
        this.name = name;
    }

    String greeting() {
        return name == null || name.isBlank() ? to : name.strip();
    }
}
