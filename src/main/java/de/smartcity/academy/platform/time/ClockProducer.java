package de.smartcity.academy.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** One clock for the whole academy, in German time, so tests and rules agree on "today". */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZONE);
    }
}
