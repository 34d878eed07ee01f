package de.smartcity.academy.platform.mail;

import de.smartcity.academy.platform.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The mail texts in {@code mail_de.properties} and {@code mail_en.properties}: {@code <template>.subject}
 * and {@code <template>.body}, with {@link MessageFormat} placeholders. German unless the
 * recipient's language is English. Dates and times ({@code java.time}) are written out in the
 * recipient's language, in German time.
 */
@ApplicationScoped
public class MailTemplates {

    private static final String BUNDLE = "mail";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** A mail ready to send. */
    public record Composed(String language, String subject, String body) {}

    /**
     * @param language {@code de} or {@code en}; anything else is German
     * @throws IllegalArgumentException if there is no such template
     */
    public Composed compose(String template, String language, Object... arguments) {
        Locale locale = locale(language);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
        Object[] written = Arrays.stream(arguments == null ? new Object[0] : arguments)
                .map(a -> written(a, locale)).toArray();
        try {
            return new Composed(locale.getLanguage(),
                    format(bundle.getString(template + ".subject"), locale, written),
                    format(bundle.getString(template + ".body"), locale, written));
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no mail template " + template, e);
        }
    }

    static Locale locale(String language) {
        return "en".equalsIgnoreCase(language == null ? "" : language.strip()) ? Locale.ENGLISH : Locale.GERMAN;
    }

    private static String format(String pattern, Locale locale, Object[] arguments) {
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** MessageFormat knows {@code java.util.Date} only; dates of the academy are {@code java.time}. */
    private static Object written(Object argument, Locale locale) {
        if (argument == null) {
            return "";
        }
        if (argument instanceof LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
        }
        if (argument instanceof LocalDateTime dateTime) {
            return dateTime(locale).format(dateTime);
        }
        if (argument instanceof ZonedDateTime zoned) {
            return dateTime(locale).format(zoned.withZoneSameInstant(ClockProducer.ZONE));
        }
        if (argument instanceof Instant instant) {
            return dateTime(locale).format(instant.atZone(ClockProducer.ZONE));
        }
        return argument;
    }

    private static DateTimeFormatter dateTime(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale);
    }
}
