package de.smartcity.academy.platform.web;

import de.smartcity.academy.platform.error.AcademyException;
import de.smartcity.academy.platform.error.InvalidInput;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.stream.StreamSupport;

/**
 * Shows a boundary's rejection on a Faces form: Bean Validation and field violations next to the
 * field with the same id inside the form, everything else at the top of the form.
 */
public final class FormErrors {

    private FormErrors() {}

    public static void show(String formId, RuntimeException rejection) {
        if (rejection instanceof ConstraintViolationException invalid) {
            invalid.getConstraintViolations().forEach(v -> show(formId + ":" + field(v), v.getMessage()));
        } else if (rejection instanceof InvalidInput invalid) {
            invalid.violations().forEach(v -> show(formId + ":" + v.field(), v.message()));
        } else if (rejection instanceof AcademyException academy) {
            Messages.plainError(academy.getMessage());
        } else {
            throw rejection;
        }
    }

    /** Next to the field if the form has one with that id, else at the top (e.g. cross-field rules). */
    private static void show(String clientId, String message) {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(clientId) != null) {
            Messages.fieldError(clientId, message);
        } else {
            Messages.plainError(message);
        }
    }

    private static String field(ConstraintViolation<?> violation) {
        return StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .map(Path.Node::getName).reduce((first, second) -> second).orElse("");
    }
}
