package de.smartcity.academy.cohort.control;

import de.smartcity.academy.cohort.entity.CohortSession;
import de.smartcity.academy.platform.time.ClockProducer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The sessions of a cohort as an iCalendar file (RFC 5545) for Outlook, Thunderbird and phones.
 * Times carry TZID Europe/Berlin plus its VTIMEZONE, so calendars show 18:00 on both sides of a
 * clock change. The UID depends only on the session id and SEQUENCE on its version, so downloading
 * again updates the events already imported instead of duplicating them.
 */
public final class SessionCalendar {

    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";
    static final String UID_DOMAIN = "@smartcity-academy.example";

    private SessionCalendar() {}

    public static String of(String cohortTitle, List<CohortSession> sessions, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Smart City Manager Academy//Sessions//DE"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", cohortTitle));
        calendar.add(berlin());
        sessions.forEach(session -> calendar.add(event(cohortTitle, session, now)));
        StringWriter out = new StringWriter();
        try {
            // validated in SessionCalendarTest: a download should never fail on a validator's opinion
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static String uid(long sessionId) {
        return "cohort-session-" + sessionId + UID_DOMAIN;
    }

    private static VEvent event(String cohortTitle, CohortSession session, Instant now) {
        VEvent event = new VEvent(session.localStart(), session.localEnd(), session.title());
        event.add(new Uid(uid(session.id())));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, session.version())));
        event.replace(new DtStamp(now));
        event.add(new Location(session.meetingUrl()));
        event.add(new Url(URI.create(session.meetingUrl())));
        event.add(new Description(cohortTitle
                + (session.moduleId() == null ? "" : "\nModul: " + session.moduleId())
                + "\nOnline-Termin: " + session.meetingUrl()));
        return event;
    }

    private static VTimeZone berlin() {
        return TimeZoneRegistryFactory.getInstance().createRegistry()
                .getTimeZone(ClockProducer.ZONE.getId()).getVTimeZone();
    }
}
