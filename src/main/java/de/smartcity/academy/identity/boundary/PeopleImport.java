package de.smartcity.academy.identity.boundary;

import de.smartcity.academy.identity.control.PeopleCsv;
import de.smartcity.academy.identity.control.Scope;
import de.smartcity.academy.identity.entity.Language;
import de.smartcity.academy.identity.entity.Organisation;
import de.smartcity.academy.identity.entity.Person;
import de.smartcity.academy.identity.entity.Role;
import de.smartcity.academy.platform.error.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Imports people from CSV, all or nothing: every line is checked first (fields, organisation in
 * the admin's scope, e-mail unique in the file and in the academy); only a file without a single
 * bad line is written, in one transaction.
 */
@ApplicationScoped
@Transactional
public class PeopleImport {

    private static final Logger LOG = Logger.getLogger(PeopleImport.class.getName());

    @PersistenceContext EntityManager em;
    @Inject Scope scope;
    @Inject Event<PersonPlaced> placed;
    @Inject Validator validator;

    public ImportReport importCsv(@NotNull Caller caller, @NotNull String csv) {
        scope.requireAny(caller, Role.ADMIN);
        List<PeopleCsv.Line> lines = read(csv);
        List<ImportReport.RejectedLine> rejected = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        Set<String> emailsInFile = new HashSet<>();
        for (PeopleCsv.Line line : lines) {
            check(caller, line, emailsInFile).ifPresentOrElse(
                    reason -> rejected.add(new ImportReport.RejectedLine(line.number(), reason)),
                    () -> people.add(toPerson(caller, line)));
        }
        if (!rejected.isEmpty() || people.isEmpty()) {
            LOG.info(() -> "event=people.import.rejected user=" + caller.username() + " lines=" + lines.size()
                    + " rejected=" + rejected.size());
            return new ImportReport(false, people.size(), rejected);
        }
        people.forEach(em::persist);
        em.flush();
        people.forEach(person -> placed.fire(new PersonPlaced(person.id())));
        LOG.info(() -> "event=people.imported user=" + caller.username() + " count=" + people.size());
        return new ImportReport(true, people.size(), List.of());
    }

    private static List<PeopleCsv.Line> read(String csv) {
        try {
            return PeopleCsv.read(csv);
        } catch (PeopleCsv.Unreadable e) {
            throw new InvalidInput(e.getMessage(), List.of(new InvalidInput.Violation("file", e.getMessage())));
        }
    }

    private Optional<String> check(Caller caller, PeopleCsv.Line line, Set<String> emailsInFile) {
        Set<ConstraintViolation<PersonForm>> violations = validator.validate(form(line));
        if (!violations.isEmpty()) {
            return Optional.of(violations.stream().map(ConstraintViolation::getMessage).sorted()
                    .collect(Collectors.joining("; ")));
        }
        String email = Person.normaliseEmail(line.email());
        if (!emailsInFile.add(email)) {
            return Optional.of("E-Mail-Adresse kommt in der Datei mehrfach vor: " + email);
        }
        if (!em.createNamedQuery(Person.BY_EMAIL, Person.class).setParameter("email", email)
                .getResultList().isEmpty()) {
            return Optional.of("E-Mail-Adresse ist bereits vergeben: " + email);
        }
        return organisation(caller, line.organisation()).isPresent() ? Optional.empty()
                : Optional.of("Organisation unbekannt, mehrdeutig oder außerhalb Ihres Bereichs: " + line.organisation());
    }

    /** An organisation in scope, by id or by exact (then unambiguous) name. */
    private Optional<Organisation> organisation(Caller caller, String reference) {
        List<Organisation> found = reference.matches("\\d{1,18}")
                ? Optional.ofNullable(em.find(Organisation.class, Long.parseLong(reference))).stream().toList()
                : em.createNamedQuery(Organisation.BY_NAME, Organisation.class)
                        .setParameter("name", reference.strip()).getResultList();
        List<Organisation> inScope = found.stream().filter(o -> caller.covers(o.path())).toList();
        return inScope.size() == 1 ? Optional.of(inScope.get(0)) : Optional.empty();
    }

    private Person toPerson(Caller caller, PeopleCsv.Line line) {
        Organisation organisation = organisation(caller, line.organisation()).orElseThrow();
        return new Person(line.givenName(), line.familyName(), line.email(), organisation,
                Language.of(line.language()));
    }

    private static PersonForm form(PeopleCsv.Line line) {
        return new PersonForm(line.givenName(), line.familyName(), line.email(), 0L,
                line.language().toLowerCase());
    }
}
