package de.smartcity.academy.platform.error;

import java.util.List;

/** Input that passed Bean Validation but breaks a rule, with the offending fields or lines. */
public class InvalidInput extends AcademyException {

    /** @param field the field or line, e.g. {@code email} or {@code Zeile 3} */
    public record Violation(String field, String message) {}

    private final transient List<Violation> violations;

    public InvalidInput(String message, List<Violation> violations) {
        super(Kind.INVALID, message);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
