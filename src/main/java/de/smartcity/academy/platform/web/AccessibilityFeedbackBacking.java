package de.smartcity.academy.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

/** The feedback form of the accessibility statement ({@code barrierefreiheit.xhtml}); no login needed. */
@Named
@RequestScoped
public class AccessibilityFeedbackBacking {

    private static final String FORM = "feedbackForm";

    @Inject AccessibilityFeedbackDesk desk;

    private String name;
    private String email;
    private String page;
    private String message;

    public void send() {
        try {
            desk.submit(new AccessibilityFeedback(name, email, page, message));
        } catch (ConstraintViolationException rejected) {
            FormErrors.show(FORM, rejected);
            return;
        }
        Messages.info("a11y.feedback.sent");
        name = null;
        email = null;
        page = null;
        message = null;
    }

    public String getContactAddress() {
        return desk.contactAddress();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
