package de.smartcity.academy.platform.web;

import de.smartcity.academy.platform.mail.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Passes feedback on barriers to the operator's accessibility contact by e-mail. The mail goes
 * through the outbox, so the message is stored even while the mail server is unreachable.
 */
@ApplicationScoped
public class AccessibilityFeedbackDesk {

    private static final Logger LOG = Logger.getLogger(AccessibilityFeedbackDesk.class.getName());
    static final String TEMPLATE = "accessibility.feedback";
    private static final String RECIPIENT = "Team Barrierefreiheit";

    @Inject Mailer mailer;

    @Inject
    @ConfigProperty(name = "academy.accessibility.contact", defaultValue = "barrierefreiheit@smartcity-academy.example")
    String contactAddress;

    @Transactional
    public void submit(@NotNull @Valid AccessibilityFeedback feedback) {
        mailer.send(contactAddress, RECIPIENT, "de", TEMPLATE, RECIPIENT, dashIfNull(feedback.name()),
                dashIfNull(feedback.email()), dashIfNull(feedback.page()), feedback.message().strip());
        LOG.info("event=accessibility.feedback.received");
    }

    /** Where the statement tells people to write (also the recipient of the form). */
    public String contactAddress() {
        return contactAddress;
    }

    private static String dashIfNull(String text) {
        return text == null ? "–" : text.strip();
    }
}
