package de.smartcity.academy.privacy.boundary;

import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.entity.Person;
import de.smartcity.academy.platform.error.NotFound;
import de.smartcity.academy.platform.persistence.AcademyDataSource;
import de.smartcity.academy.privacy.control.DataExportPdf;
import de.smartcity.academy.privacy.control.PersonRecords;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A person's own copy of everything the academy holds about them, as JSON or as a readable PDF. */
@ApplicationScoped
@Transactional
public class PersonalData {

    private static final Logger LOG = Logger.getLogger(PersonalData.class.getName());

    @PersistenceContext EntityManager em;
    @Resource(lookup = AcademyDataSource.JNDI_NAME) DataSource dataSource;
    @Inject Clock clock;

    @Inject @ConfigProperty(name = "academy.certificates.dir", defaultValue = "certificates")
    String certificatesDir;

    public DataExport mine(@NotNull Caller caller) {
        Person person = em.find(Person.class, caller.personId());
        if (person == null) {
            throw new NotFound("Person");
        }
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("givenName", person.givenName());
        profile.put("familyName", person.familyName());
        profile.put("email", person.email());
        profile.put("organisation", person.organisation().name());
        profile.put("language", person.language().name().toLowerCase());
        profile.put("username", caller.username());
        profile.put("roles", caller.roles().stream().map(Enum::name).sorted().toList());
        try (Connection connection = dataSource.getConnection()) {
            Map<String, List<Map<String, Object>>> records = new PersonRecords(connection).of(person.id(), caller.username());
            LOG.info(() -> "event=privacy.export user=" + caller.username());
            return new DataExport(clock.instant().toString(), profile, records, credentials(records));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the data of person " + person.id(), e);
        }
    }

    public byte[] minePdf(@NotNull Caller caller) {
        DataExport export = mine(caller);
        return new DataExportPdf(Path.of(certificatesDir)).render(export, caller.language().name().toLowerCase());
    }

    /** The signed credentials, embedded as JSON (not as text) so that they can be checked as they are. */
    private static Map<String, JsonValue> credentials(Map<String, List<Map<String, Object>>> records) {
        Map<String, JsonValue> credentials = new LinkedHashMap<>();
        for (Map<String, Object> certificate : records.getOrDefault("certificate", List.of())) {
            if (certificate.get("credential") instanceof String json) {
                credentials.put(String.valueOf(certificate.get("public_id")),
                        Json.createReader(new StringReader(json)).readValue());
            }
        }
        return credentials;
    }
}
