package de.smartcity.academy.platform.startup;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.Dependent;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Background work that runs again and again, a fixed delay after each run, for as long as the bean
 * that owns it lives (inject one per task; it stops with its owner). A failed run is logged and the
 * next one comes anyway. Work that must run once per cluster claims its rows in the database.
 */
@Dependent
public class Repeating {

    private static final Logger LOG = Logger.getLogger(Repeating.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> task;

    /** @param failureEvent the {@code event=} name logged when a run fails */
    public void every(long seconds, Runnable work, String failureEvent) {
        task = scheduler.scheduleWithFixedDelay(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "event=" + failureEvent, e);
            }
        }, seconds, seconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
