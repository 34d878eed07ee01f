package de.smartcity.academy.cohort.boundary;

import de.smartcity.academy.cohort.entity.Cohort;
import de.smartcity.academy.cohort.entity.ParticipantStatus;
import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.entity.Person;
import de.smartcity.academy.platform.csv.CsvText;
import de.smartcity.academy.platform.error.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Bulk enrolment from a CSV of e-mail addresses, all or nothing: every line must name a known
 * person not yet in the cohort, and all of them must fit into the free seats.
 */
@ApplicationScoped
@Transactional
public class EnrolmentImport {

    public record Rejected(long line, String reason) implements java.io.Serializable {}

    public record Report(boolean imported, int accepted, List<Rejected> rejected) implements java.io.Serializable {}

    private static final int MAX_LINES = 2000;

    @PersistenceContext EntityManager em;
    @Inject CohortAccess access;
    @Inject Applications applications;
    @Inject Cohorts cohorts;

    public Report importCsv(@NotNull Caller caller, long cohortId, @NotNull String csv) {
        Cohort cohort = access.managedLocked(caller, cohortId);
        List<Person> people = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Line line : lines(csv)) {
            String email = Person.normaliseEmail(line.email());
            Person person = em.createNamedQuery(Person.BY_EMAIL, Person.class).setParameter("email", email)
                    .getResultStream().findFirst().orElse(null);
            if (person == null) {
                rejected.add(new Rejected(line.number(), "Keine Person mit dieser E-Mail-Adresse: " + email));
            } else if (!seen.add(email)) {
                rejected.add(new Rejected(line.number(), "Kommt in der Datei mehrfach vor: " + email));
            } else if (inCohort(cohortId, person.id())) {
                rejected.add(new Rejected(line.number(), "Ist schon in der Kohorte: " + email));
            } else {
                people.add(person);
            }
        }
        long free = cohort.seats() - cohorts.count(cohortId).enrolled();
        if (rejected.isEmpty() && people.size() > free) {
            rejected.add(new Rejected(1, "Nur noch " + free + " Plätze frei, die Datei hat " + people.size() + " Personen."));
        }
        if (!rejected.isEmpty() || people.isEmpty()) {
            return new Report(false, people.size(), rejected);
        }
        people.forEach(person -> applications.enrol(caller, cohortId, person.id()));
        return new Report(true, people.size(), List.of());
    }

    private boolean inCohort(long cohortId, long personId) {
        return !em.createQuery("select p.id from Participant p where p.cohortId = :cohort and p.personId = :person"
                        + " and p.status in :active", Long.class)
                .setParameter("cohort", cohortId).setParameter("person", personId)
                .setParameter("active", List.of(ParticipantStatus.APPLIED, ParticipantStatus.ENROLLED,
                        ParticipantStatus.WAITLISTED))
                .getResultList().isEmpty();
    }

    private record Line(long number, String email) implements java.io.Serializable {}

    private static List<Line> lines(String csv) {
        String text = CsvText.withoutBom(csv);
        CSVFormat format = CsvText.headerFormat(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            if (parser.getHeaderMap().keySet().stream().noneMatch(h -> h.equalsIgnoreCase("email") || h.equalsIgnoreCase("e-mail"))) {
                throw unreadable("Die Kopfzeile braucht eine Spalte email.");
            }
            String column = parser.getHeaderNames().stream()
                    .filter(h -> h.equalsIgnoreCase("email") || h.equalsIgnoreCase("e-mail")).findFirst().orElseThrow();
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (lines.size() == MAX_LINES) {
                    throw unreadable("Mehr als " + MAX_LINES + " Zeilen.");
                }
                lines.add(new Line(parser.getCurrentLineNumber(), record.isMapped(column) && record.isSet(column)
                        ? record.get(column) : ""));
            }
            return lines;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw unreadable("Keine lesbare CSV-Datei (z. B. ein nicht geschlossenes Anführungszeichen). / Not a readable CSV file.");
        }
    }

    private static InvalidInput unreadable(String message) {
        return new InvalidInput(message, List.of(new InvalidInput.Violation("file", message)));
    }
}
