package de.smartcity.academy.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/** Hands one mail to the SMTP server: plain text in UTF-8. Never call it inside a transaction. */
@ApplicationScoped
public class SmtpSender {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    @Inject MailSettings settings;

    public void send(OutboxEntry mail, Instant now) throws MessagingException {
        Session session = Session.getInstance(settings.smtpProperties());
        MimeMessage message = message(session, mail, now);
        if (settings.user().isPresent()) {
            Transport.send(message, settings.user().get(), settings.password().orElse(""));
        } else {
            Transport.send(message);
        }
    }

    MimeMessage message(Session session, OutboxEntry mail, Instant now) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(Message.RecipientType.TO, recipient(mail));
        message.setSubject(mail.subject(), UTF_8);
        message.setText(mail.body(), UTF_8);
        message.setSentDate(Date.from(now));
        // RFC 3834: keeps out-of-office replies from answering a machine
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("Content-Language", mail.language());
        message.saveChanges();
        return message;
    }

    private static InternetAddress recipient(OutboxEntry mail) throws MessagingException {
        InternetAddress address = new InternetAddress(mail.recipient(), true);
        if (mail.recipientName() != null && !mail.recipientName().isBlank()) {
            try {
                address.setPersonal(mail.recipientName(), UTF_8);
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return address;
    }
}
