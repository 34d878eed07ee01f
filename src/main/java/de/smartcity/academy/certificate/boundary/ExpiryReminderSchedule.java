package de.smartcity.academy.certificate.boundary;

import de.smartcity.academy.platform.startup.AcademyStarted;
import de.smartcity.academy.platform.startup.Repeating;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs {@link ExpiryReminders} every few minutes (default 15) — through its proxy, so that it gets
 * its transaction.
 */
@ApplicationScoped
public class ExpiryReminderSchedule {

    @Inject Repeating repeating;
    @Inject ExpiryReminders reminders;

    @Inject
    @ConfigProperty(name = "academy.reminders.interval.seconds", defaultValue = "900")
    long intervalSeconds;

    void onStart(@Observes AcademyStarted started) {
        repeating.every(intervalSeconds, reminders::remind, "certificate.expiry.reminders.failed");
    }
}
