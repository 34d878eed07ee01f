package de.smartcity.academy.report.boundary;

import de.smartcity.academy.platform.startup.AcademyStarted;
import de.smartcity.academy.platform.startup.Repeating;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Looks for due monthly reports every hour (configurable); one failed subscription never stops the others. */
@ApplicationScoped
public class ReportSchedule {

    static final int PRIORITY = 450;
    private static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(ReportSchedule.class.getName());

    @Inject Repeating repeating;
    @Inject ReportSubscriptions subscriptions;

    @Inject
    @ConfigProperty(name = "academy.reports.interval.seconds", defaultValue = "3600")
    long intervalSeconds;

    void onStart(@Observes @Priority(PRIORITY) AcademyStarted started) {
        repeating.every(intervalSeconds, this::sendDueLinks, "report.links.failed");
    }

    void sendDueLinks() {
        List<Long> due;
        int failed = 0;
        do {
            due = subscriptions.due(BATCH);
            for (long id : due) {
                try {
                    subscriptions.send(id);
                } catch (RuntimeException e) {
                    failed++;
                    LOG.log(Level.WARNING, "event=report.link.failed subscription=" + id, e);
                }
            }
        } while (due.size() == BATCH && failed == 0);
    }
}
