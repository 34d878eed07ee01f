package de.smartcity.academy.platform.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message about a barrier, sent by anyone from the accessibility statement (BITV 2.0 § 7). */
public record AccessibilityFeedback(
        @Size(max = 200, message = "{field.tooLong}") String name,
        @Email(message = "{person.email.invalid}") @Size(max = 254, message = "{field.tooLong}") String email,
        @Size(max = 500, message = "{field.tooLong}") String page,
        @NotBlank(message = "{feedback.message.required}") @Size(max = 4000, message = "{field.tooLong}") String message) {

    /** Declared explicitly so constraints stay on the fields (Payara's OpenAPI scanner fails on parameter ones). */
    public AccessibilityFeedback(String name, String email, String page, String message) {
        this.name = name;
        this.email = email;
        this.page = page;
        this.message = message;
    }
}
