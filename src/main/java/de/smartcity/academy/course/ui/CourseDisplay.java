package de.smartcity.academy.course.ui;

import de.smartcity.academy.platform.web.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ResourceBundle;

/**
 * Small display helpers the course pages share: dates in the academy's time zone and the UI
 * language (Faces' date converter knows no {@code Instant}), and topic names.
 */
@Named
@RequestScoped
public class CourseDisplay {

    private static final int VERSION_SHOWN = 12;

    @Inject Clock clock;
    @Inject LanguageSelection language;

    public String date(Instant at) {
        return format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM), at);
    }

    /** A calendar day (due dates, expiry), or empty. */
    public String day(java.time.LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.getLocale())
                .format(day);
    }

    public String dateTime(Instant at) {
        return format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM), at);
    }

    private String format(DateTimeFormatter style, Instant at) {
        return at == null ? "" : style.withLocale(language.getLocale()).format(at.atZone(clock.getZone()));
    }

    /** Content versions are hashes: the first characters identify them well enough for people. */
    public String version(String version) {
        return version == null || version.length() <= VERSION_SHOWN ? version : version.substring(0, VERSION_SHOWN);
    }

    /** A topic's name from the bundle ({@code topic.<code>}); a topic new in the content shows its code. */
    public String topic(String code) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String key = "topic." + code;
        return bundle.containsKey(key) ? bundle.getString(key) : code;
    }
}
