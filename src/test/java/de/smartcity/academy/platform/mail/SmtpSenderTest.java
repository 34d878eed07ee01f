package de.smartcity.academy.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The message as it goes over the wire: plain text UTF-8, our sender, the recipient's name encoded. */
class SmtpSenderTest {

    @Test
    void plainTextInUtf8WithSenderAndRecipient() throws Exception {
        SmtpSender sender = new SmtpSender();
        sender.settings = settings();
        OutboxEntry mail = new OutboxEntry(1, "joerg.gruen@musterstadt.example", "Jörg Grün", "de", "mail.test",
                "Testnachricht: Prüfung", "Grüße\n", "SENDING", 0, Instant.now(), null, null, null);

        MimeMessage message = sender.message(Session.getInstance(new Properties()), mail, Instant.now());

        assertThat(message.getSubject()).isEqualTo("Testnachricht: Prüfung");
        assertThat(message.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(message.getContent()).isEqualTo("Grüße\n");
        assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("akademie@musterstadt.example");
        InternetAddress to = (InternetAddress) message.getAllRecipients()[0];
        assertThat(to.getAddress()).isEqualTo("joerg.gruen@musterstadt.example");
        assertThat(to.getPersonal()).isEqualTo("Jörg Grün");
        assertThat(message.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        message.writeTo(wire);
        assertThat(wire.toString(StandardCharsets.US_ASCII)).doesNotContain("ü");
    }

    @Test
    void smtpPropertiesCarryTimeoutsAndAuthOnlyWithAUser() {
        MailSettings settings = settings();
        assertThat(settings.smtpProperties()).containsEntry("mail.smtp.host", "127.0.0.1")
                .containsEntry("mail.smtp.port", "3025").containsEntry("mail.smtp.auth", "false")
                .containsKeys("mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout")
                .doesNotContainKey("mail.smtp.starttls.enable");
        settings.user = Optional.of("academy");
        settings.starttls = true;
        assertThat(settings.smtpProperties()).containsEntry("mail.smtp.auth", "true")
                .containsEntry("mail.smtp.starttls.required", "true");
    }

    private static MailSettings settings() {
        MailSettings settings = new MailSettings();
        settings.from = "akademie@musterstadt.example";
        settings.host = "127.0.0.1";
        settings.port = 3025;
        settings.user = Optional.empty();
        settings.password = Optional.empty();
        return settings;
    }
}
