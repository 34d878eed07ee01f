package de.smartcity.academy.platform.backup;

import de.smartcity.academy.platform.error.Conflict;
import de.smartcity.academy.platform.persistence.AcademyDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A consistent copy of the running Derby database into a new, time-stamped folder below the
 * configured backup folder. Writers wait while Derby copies; readers go on. One backup at a time.
 */
@ApplicationScoped
public class DatabaseBackup {

    private static final Logger LOG = Logger.getLogger(DatabaseBackup.class.getName());
    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** @param folder where the copy is; restore with {@code restoreFrom=<folder>/<database name>} */
    public record Done(String folder, String startedAt, long millis) {}

    @Resource(lookup = AcademyDataSource.JNDI_NAME) DataSource dataSource;
    @Inject Clock clock;

    @Inject @ConfigProperty(name = "academy.backup.dir", defaultValue = "backups")
    String backupDir;

    public synchronized Done run(String requestedBy) {
        var started = clock.instant();
        Path target = Path.of(backupDir).toAbsolutePath().resolve(FOLDER.format(started));
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().startsWith("Apache Derby")) {
                throw new Conflict("Die Online-Sicherung gibt es nur für Derby; PostgreSQL sichern Sie mit pg_dump."
                        + " / Online backup is for Derby only; back up PostgreSQL with pg_dump.");
            }
            Files.createDirectories(target);
            try (CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                backup.setString(1, target.toString());
                backup.execute();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Backup into " + target + " failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long millis = clock.millis() - started.toEpochMilli();
        LOG.info(() -> "event=database.backup user=" + requestedBy + " folder=" + target + " millis=" + millis);
        return new Done(target.toString(), started.toString(), millis);
    }
}
