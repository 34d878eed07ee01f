package de.smartcity.academy.cohort.boundary;

import de.smartcity.academy.platform.startup.AcademyStarted;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Runs {@link Reminders} every few minutes (default 15); a failed run is logged and retried next time. */
@ApplicationScoped
public class ReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject Reminders reminders;

    @Inject
    @ConfigProperty(name = "academy.reminders.interval.seconds", defaultValue = "900")
    long intervalSeconds;

    private ScheduledFuture<?> task;

    void onStart(@Observes @Priority(CohortSetup.PRIORITY + 100) AcademyStarted started) {
        task = scheduler.scheduleWithFixedDelay(this::run, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

    void run() {
        try {
            reminders.remindSessions();
            reminders.announceStarts();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "event=cohort.reminders.failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
