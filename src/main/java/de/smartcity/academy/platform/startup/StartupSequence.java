package de.smartcity.academy.platform.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Migrates the schema, then tells the features that the academy has started. */
@ApplicationScoped
public class StartupSequence {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

    @Inject SchemaMigration schemaMigration;
    @Inject Event<AcademyStarted> started;

    @Inject
    @ConfigProperty(name = "academy.demo", defaultValue = "false")
    boolean demoMode;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        Instant begin = Instant.now();
        schemaMigration.migrate();
        started.fire(new AcademyStarted(demoMode));
        LOG.info(() -> "event=academy.started demo=" + demoMode
                + " millis=" + Duration.between(begin, Instant.now()).toMillis());
    }
}
