package de.smartcity.academy.cohort.boundary;

import de.smartcity.academy.platform.startup.AcademyStarted;
import de.smartcity.academy.platform.startup.Repeating;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Runs {@link Reminders} every few minutes (default 15). */
@ApplicationScoped
public class ReminderSchedule {

    @Inject Repeating repeating;
    @Inject Reminders reminders;

    @Inject
    @ConfigProperty(name = "academy.reminders.interval.seconds", defaultValue = "900")
    long intervalSeconds;

    void onStart(@Observes @Priority(CohortSetup.PRIORITY + 100) AcademyStarted started) {
        repeating.every(intervalSeconds, () -> {
            reminders.remindSessions();
            reminders.announceStarts();
        }, "cohort.reminders.failed");
    }
}
