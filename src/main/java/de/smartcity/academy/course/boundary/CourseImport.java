package de.smartcity.academy.course.boundary;

import de.smartcity.academy.course.control.ContentError;
import de.smartcity.academy.course.control.CourseDefinition;
import de.smartcity.academy.course.control.CourseLibrary;
import de.smartcity.academy.course.control.CourseLibraryReader;
import de.smartcity.academy.course.control.ProgramDefinition;
import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.control.Scope;
import de.smartcity.academy.identity.entity.Role;
import de.smartcity.academy.platform.startup.AcademyStarted;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports {@code courses/} at startup and on demand. Every file is validated first; a course with
 * any error is rejected whole and its previous version stays live.
 */
@ApplicationScoped
public class CourseImport {

    static final int PRIORITY = 200;
    private static final Logger LOG = Logger.getLogger(CourseImport.class.getName());

    @Inject CourseStore store;
    @Inject Scope scope;
    @Inject Clock clock;

    @Inject
    @ConfigProperty(name = "academy.courses.dir", defaultValue = "courses")
    String coursesDir;

    private final AtomicReference<ImportOutcome> last = new AtomicReference<>();

    void onStart(@Observes @Priority(PRIORITY) AcademyStarted started) {
        importAll();
    }

    public ImportOutcome importNow(Caller caller) {
        scope.requireAny(caller, Role.ADMIN);
        LOG.info(() -> "event=courses.import.requested user=" + caller.username());
        return importAll();
    }

    /** The outcome of the latest import since the start of this server, if any. */
    public ImportOutcome lastOutcome() {
        return last.get();
    }

    synchronized ImportOutcome importAll() {
        Instant begin = clock.instant();
        CourseLibrary library = new CourseLibraryReader().read(Path.of(coursesDir));
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (CourseDefinition course : library.courses()) {
            (store.store(course) ? updated : unchanged).add(course.slug());
        }
        library.programs().forEach(store::store);
        store.unlistAllBut(library.courses().stream().map(CourseDefinition::id).toList(), library.rejected().keySet());
        Map<String, List<String>> rejected = new TreeMap<>();
        library.rejected().forEach((slug, errors) -> rejected.put(slug, errors.stream().map(ContentError::toString).toList()));
        ImportOutcome outcome = new ImportOutcome(begin, Duration.between(begin, clock.instant()).toMillis(),
                updated, unchanged, rejected, library.programs().stream().map(ProgramDefinition::slug).toList());
        last.set(outcome);
        LOG.info(() -> "event=courses.imported updated=" + updated + " unchanged=" + unchanged.size()
                + " rejected=" + rejected.keySet() + " millis=" + outcome.millis());
        rejected.forEach((slug, errors) -> errors.forEach(e -> LOG.warning("event=courses.rejected " + e)));
        return outcome;
    }
}
