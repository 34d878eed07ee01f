package de.smartcity.academy.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How mail leaves the academy, from MicroProfile Config ({@code ACADEMY_MAIL_*} environment
 * variables; see {@code server-config/README.md}).
 */
@ApplicationScoped
public class MailSettings {

    private static final Logger LOG = Logger.getLogger(MailSettings.class.getName());
    private static final Duration LONGEST_POLL = Duration.ofSeconds(30);
    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    private static final int IO_TIMEOUT_MILLIS = 30_000;

    /** SMTP sends; OUTBOX only keeps mails for the outbox page (demo mode). */
    public enum Mode { SMTP, OUTBOX }

    @Inject
    @ConfigProperty(name = "academy.mail.mode")
    Optional<String> mode;

    @Inject
    @ConfigProperty(name = "academy.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "academy.mail.smtp.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "academy.mail.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "academy.mail.smtp.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "academy.mail.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "academy.mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "academy.mail.from", defaultValue = "akademie@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "academy.mail.retry.seconds", defaultValue = "60")
    long retrySeconds;

    /** An unknown mode is logged and treated as OUTBOX: a typo must not send mail unexpectedly. */
    public Mode mode() {
        String configured = mode.map(m -> m.strip().toLowerCase(Locale.ROOT)).orElse(demo ? "outbox" : "smtp");
        return switch (configured) {
            case "smtp" -> Mode.SMTP;
            case "outbox" -> Mode.OUTBOX;
            default -> {
                LOG.severe(() -> "event=mail.config.invalid academy.mail.mode=" + configured + " using=outbox");
                yield Mode.OUTBOX;
            }
        };
    }

    /** The wait after the first failed attempt; it doubles with every further one. */
    public Duration firstRetry() {
        return Duration.ofSeconds(Math.max(1, retrySeconds));
    }

    /** Polling more often than the shortest retry would find nothing new; less often would delay it. */
    public Duration pollInterval() {
        Duration retry = firstRetry();
        return retry.compareTo(LONGEST_POLL) < 0 ? retry : LONGEST_POLL;
    }

    public String from() {
        return from;
    }

    /** The SMTP server as it appears in logs and on the outbox page. */
    public String server() {
        return host + ":" + port;
    }

    Optional<String> user() {
        return user.filter(u -> !u.isBlank());
    }

    Optional<String> password() {
        return password;
    }

    /** Properties for {@code jakarta.mail.Session}: with timeouts, so an SMTP server that hangs cannot block a thread. */
    Properties smtpProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", host);
        properties.setProperty("mail.smtp.port", String.valueOf(port));
        properties.setProperty("mail.smtp.connectiontimeout", String.valueOf(CONNECT_TIMEOUT_MILLIS));
        properties.setProperty("mail.smtp.timeout", String.valueOf(IO_TIMEOUT_MILLIS));
        properties.setProperty("mail.smtp.writetimeout", String.valueOf(IO_TIMEOUT_MILLIS));
        if (starttls) {
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
        }
        properties.setProperty("mail.smtp.auth", String.valueOf(user().isPresent()));
        return properties;
    }
}
