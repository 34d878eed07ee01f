import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates the national benchmark data set directly into the academy's Derby database (which the
 * app has created and migrated before, with the demo data). Run as a single-file program:
 *
 * <pre>java -cp derby.jar:derbyshared.jar:derbytools.jar bench/BenchData.java DATA_DIR [people]</pre>
 *
 * One Land with 40 districts and 1,000 municipalities (plus departments) under the demo root,
 * 200,000 people, ≈ 1,000,000 course enrolments, ≈ 300,000 certificates, yearly security awareness
 * for the whole Land and AI literacy for two districts (one training_requirement per person and
 * course), a few cohorts, lesson progress for courses in progress, and the accounts the benchmark
 * logs in with (password academy-demo). Deterministic (fixed seed) apart from "today".
 * Writes DATA_DIR/bench-dataset.properties with the ids and row counts the benchmark needs.
 */
public class BenchData {

    static final String ISEC = "urn:smartcity-academy:course:informationssicherheit";
    static final String AI = "urn:smartcity-academy:course:ki-in-der-verwaltung";
    static final String PROGRAM = "urn:smartcity-academy:program:smart-city-manager";
    static final List<String> PROGRAM_COURSES = List.of(
            "urn:smartcity-academy:course:it-architektur", ISEC,
            "urn:smartcity-academy:course:vergaberecht-digital", AI);

    /** The catalogue of a national academy has more than the four demo courses; these are copies of real ones. */
    static final String[][] EXTRA_COURSES = {
            {"datenschutz-praxis", "Datenschutz in der Sachbearbeitung", "urn:smartcity-academy:course:vergaberecht-digital"},
            {"barrierefreiheit-digital", "Digitale Barrierefreiheit (BITV 2.0)", "urn:smartcity-academy:course:it-architektur"},
            {"ozg-umsetzung", "OZG-Umsetzung und Once-Only", "urn:smartcity-academy:course:it-architektur"},
            {"open-data", "Open Data in der Kommune", "urn:smartcity-academy:course:ki-in-der-verwaltung"},
            {"e-akte", "Die E-Akte einführen", "urn:smartcity-academy:course:vergaberecht-digital"},
            {"agiles-arbeiten", "Agiles Arbeiten in der Verwaltung", "urn:smartcity-academy:course:ki-in-der-verwaltung"}};

    static final int DISTRICTS = 40;
    static final int MUNICIPALITIES = 1_000;
    static final int HR_DISTRICT_PEOPLE = 10_000;
    static final int EXPORT_DISTRICT_PEOPLE = 21_000;
    static final String[] MUNICIPALITY_UNITS = {"Hauptamt", "Bauamt", "Bürgeramt"};
    static final String[] DISTRICT_UNITS = {"Kreisverwaltung – Hauptamt", "Kreisverwaltung – Ordnungsamt"};
    static final String[] GIVEN = {"Anna", "Ben", "Clara", "David", "Elif", "Felix", "Greta", "Hannah", "Ibrahim", "Jana",
            "Jörg", "Karin", "Lukas", "Marie", "Niklas", "Özlem", "Paul", "Renate", "Sören", "Tanja", "Uwe", "Vera",
            "Wolfgang", "Yasemin", "Zoë", "Maximilian", "Sophie", "Jürgen", "Ümit", "Annika"};
    static final String[] FAMILY = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
            "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
            "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner",
            "Krause", "Meier", "Lehmann", "Köhler", "Yılmaz", "Öztürk", "Kaiser", "Fuchs", "Peters", "Weiß", "Jäger"};
    static final char[] PUBLIC_ID_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    static final int BATCH = 5_000;
    static final long STARTED = System.nanoTime();
    static Path WORK_DIR;

    final Connection db;
    final SplittableRandom random = new SplittableRandom(20261123L);
    final LocalDate today = LocalDate.now();
    final Instant now = Instant.now();
    final Map<String, Long> counts = new LinkedHashMap<>();
    final Map<String, String> facts = new LinkedHashMap<>();

    record CourseRow(long id, String iri, String title, String version, List<String> lessons) {}

    final List<CourseRow> courses = new ArrayList<>();

    BenchData(Connection db) {
        this.db = db;
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        WORK_DIR = Files.createDirectories(dataDir.resolve("import"));
        int people = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        System.setProperty("derby.system.home", dataDir.toAbsolutePath().toString());
        // generation only: no fsync per commit, a big page cache; the server runs with the defaults
        System.setProperty("derby.system.durability", "test");
        System.setProperty("derby.storage.pageCacheSize", "40000");
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection("jdbc:derby:academy;user=academy;password=academy")) {
            db.setAutoCommit(false);
            BenchData data = new BenchData(db);
            data.generate(people);
            long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
            data.facts.put("generation.seconds", String.valueOf(seconds));
            data.write(dataDir.resolve("bench-dataset.properties"));
            db.commit();
            System.out.println("generated in " + seconds + " s: " + data.counts);
        }
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (SQLException expected) {
            // XJ015: Derby reports a clean shutdown as an exception
        }
    }

    void generate(int people) throws SQLException {
        if (scalar("select count(*) from organisation where kind = 'LAND' and name = 'Land Benchland'") > 0) {
            throw new IllegalStateException("the data set is already there; delete the data folder to regenerate");
        }
        String hash = string("select password_hash from account where username = 'admin'");
        loadCourses();
        addExtraCourses();
        Orgs orgs = organisations();
        long firstPerson = nextId("person");
        long[] personOrg = people(orgs, people, firstPerson);
        long[] assignments = assignments(orgs);
        enrolmentsAndCertificates(firstPerson, personOrg, orgs, assignments);
        cohorts(firstPerson, people);
        accounts(orgs, firstPerson, hash);
        restartIdentities();
        updateStatistics();
        db.commit();
        facts.put("people.first", String.valueOf(firstPerson));
    }

    // ---- courses -------------------------------------------------------------------------------

    void loadCourses() throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select c.id, c.iri, c.title_de, c.current_version, v.definition"
                     + " from course c join course_version v on v.course_id = c.id and v.content_version = c.current_version"
                     + " order by c.id")) {
            while (rs.next()) {
                courses.add(new CourseRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        lessonIds(rs.getString(5))));
            }
        }
        if (courses.size() != 4) {
            throw new IllegalStateException("expected the 4 demo courses, found " + courses.size());
        }
    }

    /** Lesson ids in the stored definition JSON: objects with "durationMinutes" carry an "id". */
    static List<String> lessonIds(String definition) {
        List<String> ids = new ArrayList<>();
        Matcher lesson = Pattern.compile("\\{\"durationMinutes\":\\d+,.*?\"id\":\"([^\"]+)\"").matcher(definition);
        int from = 0;
        while (lesson.find(from)) {
            ids.add(lesson.group(1));
            from = lesson.end();
        }
        return ids;
    }

    void addExtraCourses() throws SQLException {
        long id = nextId("course");
        long versionId = nextId("course_version");
        try (PreparedStatement course = db.prepareStatement("insert into course (id, iri, slug, title_de, title_en,"
                + " topic, language, estimated_hours, module_count, current_version, listed, updated_at, version)"
                + " select ?, ?, ?, ?, ?, topic, language, estimated_hours, module_count, current_version, false, ?, 0"
                + " from course where iri = ?");
             PreparedStatement version = db.prepareStatement("insert into course_version (id, course_id,"
                     + " content_version, imported_at, definition) values (?, ?, ?, ?, ?)")) {
            for (String[] extra : EXTRA_COURSES) {
                CourseRow source = courses.stream().filter(c -> c.iri().equals(extra[2])).findFirst().orElseThrow();
                String iri = "urn:smartcity-academy:course:" + extra[0];
                course.setLong(1, id);
                course.setString(2, iri);
                course.setString(3, extra[0]);
                course.setString(4, extra[1]);
                course.setString(5, extra[1]);
                course.setTimestamp(6, Timestamp.from(now));
                course.setString(7, source.iri());
                course.executeUpdate();
                String definition = string("select definition from course_version where course_id = " + source.id()
                        + " and content_version = '" + source.version() + "'")
                        .replace("\"id\":\"" + source.iri() + "\"", "\"id\":\"" + iri + "\"");
                version.setLong(1, versionId++);
                version.setLong(2, id);
                version.setString(3, source.version());
                version.setTimestamp(4, Timestamp.from(now));
                version.setString(5, definition);
                version.executeUpdate();
                courses.add(new CourseRow(id++, iri, extra[1], source.version(), source.lessons()));
            }
        }
        count("course", EXTRA_COURSES.length);
        count("course_version", EXTRA_COURSES.length);
    }

    CourseRow course(String iri) {
        return courses.stream().filter(c -> c.iri().equals(iri)).findFirst().orElseThrow();
    }

    // ---- organisations -------------------------------------------------------------------------

    /** unitsOfDistrict[d]: the org units people of district d work in (district departments and municipal ones). */
    record Orgs(long land, long[] districts, long[][] unitsOfDistrict, long hrUnit) {}

    Orgs organisations() throws SQLException {
        long root = scalar("select id from organisation where parent_id is null");
        String rootPath = string("select path from organisation where id = " + root);
        long next = nextId("organisation");
        long[] districts = new long[DISTRICTS];
        long[][] units = new long[DISTRICTS][];
        try (PreparedStatement insert = db.prepareStatement("insert into organisation (id, parent_id, name, kind,"
                + " path, version) values (?, ?, ?, ?, ?, 0)")) {
            Batch batch = new Batch(insert, "organisation");
            long land = next++;
            String landPath = rootPath + land + "/";
            batch.add(land, root, "Land Benchland", "LAND", landPath);
            int municipality = 0;
            for (int d = 0; d < DISTRICTS; d++) {
                long district = next++;
                districts[d] = district;
                String districtName = "Landkreis Bench " + (d + 1);
                String districtPath = landPath + district + "/";
                batch.add(district, land, districtName, "DISTRICT", districtPath);
                List<Long> unitIds = new ArrayList<>();
                for (String unit : DISTRICT_UNITS) {
                    long id = next++;
                    batch.add(id, district, unit + " (" + districtName + ")", "ORG_UNIT", districtPath + id + "/");
                    unitIds.add(id);
                }
                int perDistrict = MUNICIPALITIES / DISTRICTS;
                for (int m = 0; m < perDistrict; m++) {
                    long id = next++;
                    String name = "Gemeinde Bench " + (++municipality);
                    String path = districtPath + id + "/";
                    batch.add(id, district, name, "MUNICIPALITY", path);
                    for (String unit : MUNICIPALITY_UNITS) {
                        long unitId = next++;
                        batch.add(unitId, id, unit + " (" + name + ")", "ORG_UNIT", path + unitId + "/");
                        unitIds.add(unitId);
                    }
                }
                units[d] = unitIds.stream().mapToLong(Long::longValue).toArray();
            }
            batch.finish();
            return new Orgs(land, districts, units, units[0][0]);
        }
    }

    // ---- people --------------------------------------------------------------------------------

    /** @return the organisation id of each generated person (index = id - first) */
    long[] people(Orgs orgs, int total, long first) throws SQLException {
        int[] perDistrict = new int[DISTRICTS];
        perDistrict[0] = HR_DISTRICT_PEOPLE;
        perDistrict[1] = EXPORT_DISTRICT_PEOPLE;
        int rest = total - HR_DISTRICT_PEOPLE - EXPORT_DISTRICT_PEOPLE;
        for (int d = 2; d < DISTRICTS; d++) {
            perDistrict[d] = rest / (DISTRICTS - 2) + (d - 2 < rest % (DISTRICTS - 2) ? 1 : 0);
        }
        long[] personOrg = new long[total];
        try (PreparedStatement insert = db.prepareStatement("insert into person (id, given_name, family_name, email,"
                + " organisation_id, language, version) values (?, ?, ?, ?, ?, ?, 0)")) {
            Batch batch = new Batch(insert, "person");
            int index = 0;
            for (int d = 0; d < DISTRICTS; d++) {
                long[] units = orgs.unitsOfDistrict()[d];
                for (int p = 0; p < perDistrict[d]; p++, index++) {
                    long id = first + index;
                    long org = units[random.nextInt(units.length)];
                    personOrg[index] = org;
                    batch.add(id, GIVEN[random.nextInt(GIVEN.length)], FAMILY[random.nextInt(FAMILY.length)],
                            "person" + id + "@bench.example", org, random.nextInt(10) == 0 ? "EN" : "DE");
                }
            }
            batch.finish();
        }
        facts.put("district.hr.id", String.valueOf(orgs.districts()[0]));
        facts.put("district.hr.people", String.valueOf(perDistrict[0]));
        facts.put("district.export.id", String.valueOf(orgs.districts()[1]));
        facts.put("district.export.people", String.valueOf(perDistrict[1]));
        facts.put("land.id", String.valueOf(orgs.land()));
        return personOrg;
    }

    // ---- mandatory training --------------------------------------------------------------------

    /** [0]: yearly security awareness for the whole Land; [1]: AI literacy for the two measured districts. */
    long[] assignments(Orgs orgs) throws SQLException {
        long first = nextId("training_assignment");
        try (PreparedStatement insert = db.prepareStatement("insert into training_assignment (id, course_id,"
                + " program_id, organisation_id, person_id, due_on, recurrence_months, assigned_by, assigned_at)"
                + " values (?, ?, null, ?, null, ?, ?, 'admin', ?)")) {
            Batch batch = new Batch(insert, "training_assignment");
            batch.add(first, course(ISEC).id(), orgs.land(), Date.valueOf(today.plusDays(30)), 12,
                    Timestamp.from(now.minus(Duration.ofDays(400))));
            batch.add(first + 1, course(AI).id(), orgs.districts()[0], Date.valueOf(today.plusDays(60)), null,
                    Timestamp.from(now.minus(Duration.ofDays(90))));
            batch.add(first + 2, course(AI).id(), orgs.districts()[1], Date.valueOf(today.plusDays(60)), null,
                    Timestamp.from(now.minus(Duration.ofDays(90))));
            batch.finish();
        }
        return new long[] {first, first + 1, first + 2};
    }

    // ---- enrolments, lesson progress, certificates, requirements -------------------------------

    void enrolmentsAndCertificates(long firstPerson, long[] personOrg, Orgs orgs, long[] assignments) throws SQLException {
        long enrolmentId = nextId("course_enrolment");
        long progressId = nextId("lesson_progress");
        long certificateId = nextId("certificate");
        long requirementId = nextId("training_requirement");
        Set<Long> aiDistrictUnits = new HashSet<>();
        for (int d = 0; d < 2; d++) {
            for (long unit : orgs.unitsOfDistrict()[d]) {
                aiDistrictUnits.add(unit);
            }
        }
        Set<String> publicIds = new HashSet<>();
        CourseRow isec = course(ISEC);
        CourseRow ai = course(AI);
        try (PreparedStatement names = db.prepareStatement("select id, given_name, family_name from person"
                + " where id >= ? order by id")) {
            Rows enrolments = new Bulk("course_enrolment", "id, person_id, course_id, started_at, last_lesson_id,"
                    + " last_visited_at, completed_at, completed_version, score_percent, version, valid_until");
            Rows lessons = new Bulk("lesson_progress", "id, person_id, course_id, lesson_id, content_version, completed_at");
            Rows certificates = new Bulk("certificate", "id, public_id, kind, person_id, holder_name, achievement_iri,"
                    + " achievement_title, content_versions, language, issued_at, issued_on, expires_on, version,"
                    + " cohort_id, cohort_title, credential, revoked_at, revoked_by, revocation_reason, superseded_by,"
                    + " supersedes, reissue_reason, reminded_days");
            Rows requirements = new Bulk("training_requirement", "id, person_id, course_id, assignment_id, due_on,"
                    + " recurrence_months");
            names.setLong(1, firstPerson);
            List<String> holders = new ArrayList<>(personOrg.length);
            try (ResultSet rs = names.executeQuery()) {
                while (rs.next()) {
                    holders.add(rs.getString(2) + " " + rs.getString(3));
                }
            }
            for (int index = 0; index < personOrg.length; index++) {
                long person = firstPerson + index;
                Set<CourseRow> chosen = chooseCourses();
                int programDone = 0;
                LocalDateTime latestCompletion = null;
                LocalDate isecValidUntil = null;
                for (CourseRow course : chosen) {
                    LocalDateTime started = LocalDateTime.of(today.minusDays(random.nextInt(730)),
                            LocalTime.of(7 + random.nextInt(10), random.nextInt(60)));
                    boolean completed = random.nextInt(100) < 58;
                    LocalDateTime completedAt = completed ? min(started.plusDays(1 + random.nextInt(60)), LocalDateTime.now()) : null;
                    LocalDateTime lastVisit = completed ? completedAt
                            : min(started.plusDays(random.nextInt(90)), LocalDateTime.now());
                    LocalDate validUntil = completed && course == isec ? completedAt.toLocalDate().plusMonths(12) : null;
                    String lastLesson = course.lessons().get(completed ? course.lessons().size() - 1
                            : random.nextInt(course.lessons().size()));
                    enrolments.add(enrolmentId++, person, course.id(), ts(started), lastLesson, ts(lastVisit),
                            completed ? ts(completedAt) : null, completed ? course.version() : null,
                            completed ? 60 + random.nextInt(41) : null, 1, validUntil == null ? null : Date.valueOf(validUntil));
                    if (!completed) {
                        int done = 1 + random.nextInt(3);
                        for (int l = 0; l < done && l < course.lessons().size() - 1; l++) {
                            lessons.add(progressId++, person, course.id(), course.lessons().get(l), course.version(),
                                    ts(started.plusHours(l)));
                        }
                    }
                    if (completed && random.nextInt(100) < 51) {
                        LocalDateTime issued = completedAt.plusMinutes(1);
                        certificates.add(certificateId++, publicId(publicIds), "COURSE_ACHIEVEMENT", person,
                                holders.get(index), course.iri(), course.title(), course.iri() + "=" + course.version(),
                                "de", ts(issued), Date.valueOf(issued.toLocalDate()),
                                validUntil == null ? null : Date.valueOf(validUntil), 0);
                    }
                    if (completed && PROGRAM_COURSES.contains(course.iri())) {
                        programDone++;
                        latestCompletion = latestCompletion == null || completedAt.isAfter(latestCompletion)
                                ? completedAt : latestCompletion;
                    }
                    if (course == isec) {
                        isecValidUntil = completed ? validUntil : null;
                    }
                }
                if (programDone == PROGRAM_COURSES.size()) {
                    LocalDateTime issued = latestCompletion.plusDays(1);
                    certificates.add(certificateId++, publicId(publicIds), "PROGRAM", person, holders.get(index),
                            PROGRAM, "Smart City Manager", null, "de", ts(issued), Date.valueOf(issued.toLocalDate()), null, 0);
                }
                // the yearly requirement is due again when the last completion runs out; otherwise on the
                // assignment's date, which for staff who joined later lies anywhere in the coming months
                LocalDate isecDue = isecValidUntil != null ? isecValidUntil : today.plusDays(random.nextInt(-120, 150));
                requirements.add(requirementId++, person, isec.id(), assignments[0], Date.valueOf(isecDue), 12);
                if (aiDistrictUnits.contains(personOrg[index])) {
                    long assignment = index < HR_DISTRICT_PEOPLE ? assignments[1] : assignments[2];
                    requirements.add(requirementId++, person, ai.id(), assignment,
                            Date.valueOf(today.plusDays(random.nextInt(-30, 90))), null);
                }
            }
            enrolments.finish();
            lessons.finish();
            certificates.finish();
            requirements.finish();
        }
    }

    /** ≈ 5 of the 10 courses per person; security awareness (mandatory) for most. */
    Set<CourseRow> chooseCourses() {
        Set<CourseRow> chosen = new java.util.LinkedHashSet<>();
        if (random.nextInt(100) < 85) {
            chosen.add(course(ISEC));
        }
        int wanted = 1 + random.nextInt(9);
        while (chosen.size() < wanted) {
            chosen.add(courses.get(random.nextInt(courses.size())));
        }
        return chosen;
    }

    String publicId(Set<String> used) {
        while (true) {
            char[] id = new char[12];
            for (int i = 0; i < id.length; i++) {
                id[i] = PUBLIC_ID_ALPHABET[random.nextInt(PUBLIC_ID_ALPHABET.length)];
            }
            String candidate = new String(id);
            if (used.add(candidate)) {
                return candidate;
            }
        }
    }

    // ---- cohorts -------------------------------------------------------------------------------

    void cohorts(long firstPerson, int people) throws SQLException {
        long cohortId = nextId("cohort");
        long participantId = nextId("cohort_participant");
        try (PreparedStatement cohort = db.prepareStatement("insert into cohort (id, title, program_iri, course_iri,"
                + " starts_on, ends_on, registration_opens, registration_closes, seats, approval,"
                + " attendance_min_percent, status, created_at, version) values (?, ?, ?, null, ?, ?, ?, ?, 25,"
                + " 'TRAINER', 80, ?, ?, 0)");
             PreparedStatement participant = db.prepareStatement("insert into cohort_participant (id, cohort_id,"
                     + " person_id, status, applied_at, decided_at, decided_by, version) values (?, ?, ?, ?, ?, ?, 'trainer', 0)")) {
            Batch cohorts = new Batch(cohort, "cohort");
            Batch participants = new Batch(participant, "cohort_participant");
            List<Set<Integer>> memberships = new ArrayList<>();
            for (int c = 0; c < 200; c++) {
                LocalDate starts = today.minusDays(700).plusDays(c * 5L);
                LocalDate ends = starts.plusWeeks(16);
                String status = ends.isBefore(today) ? "FINISHED" : starts.isAfter(today) ? "OPEN" : "RUNNING";
                cohorts.add(cohortId + c, "Smart City Manager – Bench-Durchgang " + (c + 1), PROGRAM,
                        Date.valueOf(starts), Date.valueOf(ends), Date.valueOf(starts.minusWeeks(8)),
                        Date.valueOf(starts.minusWeeks(1)), status, ts(starts.minusWeeks(10).atTime(9, 0)));
                Set<Integer> members = new HashSet<>();
                while (members.size() < 25) {
                    members.add(random.nextInt(people));
                }
                memberships.add(members);
            }
            cohorts.finish();
            for (int c = 0; c < memberships.size(); c++) {
                LocalDateTime applied = today.minusDays(700).plusDays(c * 5L).minusWeeks(4).atTime(10, 0);
                for (int member : memberships.get(c)) {
                    participants.add(participantId++, cohortId + c, firstPerson + member, "ENROLLED", ts(applied),
                            ts(applied.plusDays(2)));
                }
            }
            participants.finish();
        }
    }

    // ---- accounts ------------------------------------------------------------------------------

    /** bench-hr: HR of the district with 10,000 people; bench-learner: a learner with several courses. */
    void accounts(Orgs orgs, long firstPerson, String hash) throws SQLException {
        long accountId = nextId("account");
        long hrPerson = scalar("select min(id) from person where organisation_id = " + orgs.hrUnit());
        // only courses of the catalogue: the copies are unlisted, and the dashboard cannot show those (see README)
        long learnerPerson = scalar("select e.person_id from course_enrolment e where e.person_id >= " + firstPerson
                + " group by e.person_id having count(*) >= 3 and count(e.completed_at) between 1 and 2"
                + " and max(e.course_id) <= " + courses.get(3).id() + " fetch first 1 rows only");
        try (PreparedStatement account = db.prepareStatement("insert into account (id, username, password_hash,"
                + " person_id, scope_organisation_id, failed_logins, version) values (?, ?, ?, ?, ?, 0, 0)");
             PreparedStatement role = db.prepareStatement("insert into account_role (account_id, role) values (?, ?)")) {
            Batch accounts = new Batch(account, "account");
            Batch roles = new Batch(role, "account_role");
            accounts.add(accountId, "bench-hr", hash, hrPerson, orgs.districts()[0]);
            roles.add(accountId, "HR");
            roles.add(accountId, "LEARNER");
            accounts.add(accountId + 1, "bench-learner", hash, learnerPerson, null);
            roles.add(accountId + 1, "LEARNER");
            accounts.finish();
            roles.finish();
        }
        facts.put("learner.person", String.valueOf(learnerPerson));
        facts.put("learner.enrolments", String.valueOf(scalar("select count(*) from course_enrolment where person_id = " + learnerPerson)));
        facts.put("hr.person", String.valueOf(hrPerson));
    }

    // ---- housekeeping --------------------------------------------------------------------------

    static final List<String> IDENTITY_TABLES = List.of("organisation", "person", "account", "course",
            "course_version", "course_enrolment", "lesson_progress", "certificate", "training_assignment",
            "training_requirement", "cohort", "cohort_participant");

    /** Explicit ids were inserted: the identity columns continue after them, so the app can still insert. */
    void restartIdentities() throws SQLException {
        try (Statement s = db.createStatement()) {
            for (String table : IDENTITY_TABLES) {
                s.execute("alter table " + table + " alter column id restart with " + nextId(table));
            }
        }
        db.commit();
    }

    void updateStatistics() throws SQLException {
        for (String table : counts.keySet()) {
            long startedAt = System.nanoTime();
            try (PreparedStatement s = db.prepareStatement("call SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('ACADEMY', ?, null)")) {
                s.setString(1, table.toUpperCase());
                s.execute();
            }
            db.commit();
            System.out.printf("statistics %s: %d ms%n", table, (System.nanoTime() - startedAt) / 1_000_000);
        }
    }

    void write(Path file) throws IOException, SQLException {
        try (Writer out = Files.newBufferedWriter(file)) {
            for (Map.Entry<String, String> fact : facts.entrySet()) {
                out.write(fact.getKey() + "=" + fact.getValue() + "\n");
            }
            for (String table : List.of("organisation", "person", "account", "course", "course_enrolment",
                    "lesson_progress", "certificate", "training_assignment", "training_requirement", "cohort",
                    "cohort_participant")) {
                out.write("rows." + table + "=" + scalar("select count(*) from " + table) + "\n");
            }
        }
    }

    long nextId(String table) throws SQLException {
        return scalar("select coalesce(max(id), 0) + 1 from " + table);
    }

    long scalar(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    String string(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    void count(String table, long rows) {
        counts.merge(table, rows, Long::sum);
    }

    static Timestamp ts(LocalDateTime time) {
        return Timestamp.valueOf(time);
    }

    static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    interface Rows {
        void add(Object... values) throws SQLException;

        void finish() throws SQLException;
    }

    /**
     * The big tables: rows go to a file that replaces the table's content with Derby's import, which
     * loads without per-row index maintenance and rebuilds the indexes at the end (several times
     * faster than batched inserts). The rows already there (demo data) are exported first and kept.
     * Only for tables no foreign key points at (replace truncates).
     */
    final class Bulk implements Rows {
        final String table;
        final String columns;
        final int columnCount;
        final Path file;
        final Writer out;
        long rows;

        Bulk(String table, String columns) throws SQLException {
            this.table = table;
            this.columns = columns;
            this.columnCount = columns.split(",").length;
            this.file = WORK_DIR.resolve(table + ".csv").toAbsolutePath();
            try {
                Files.deleteIfExists(file);
                try (PreparedStatement export = db.prepareStatement("call SYSCS_UTIL.SYSCS_EXPORT_QUERY(?, ?, null, null, 'UTF-8')")) {
                    export.setString(1, "select " + columns + " from " + table);
                    export.setString(2, file.toString());
                    export.execute();
                }
                out = Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void add(Object... values) {
            StringBuilder line = new StringBuilder(160);
            for (int i = 0; i < columnCount; i++) {
                if (i > 0) {
                    line.append(',');
                }
                // columns not given (the tail of the list) stay null
                Object value = i < values.length ? values[i] : null;
                if (value instanceof String text) {
                    line.append('"').append(text.replace("\"", "\"\"")).append('"');
                } else if (value != null) {
                    line.append(value);
                }
            }
            try {
                out.append(line).append('\n');
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            rows++;
        }

        @Override
        public void finish() throws SQLException {
            try {
                out.close();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            try (PreparedStatement load = db.prepareStatement(
                    "call SYSCS_UTIL.SYSCS_IMPORT_DATA('ACADEMY', ?, ?, null, ?, null, null, 'UTF-8', 1)")) {
                load.setString(1, table.toUpperCase());
                load.setString(2, columns.toUpperCase().replace(" ", ""));
                load.setString(3, file.toString());
                load.execute();
            }
            db.commit();
            count(table, rows);
            System.out.printf("  %s: %,d rows imported (%,d s since start)%n", table, rows,
                    Duration.ofNanos(System.nanoTime() - STARTED).toSeconds());
        }
    }

    /** Batched inserts with a commit every 50,000 rows; progress on stdout. */
    final class Batch implements Rows {
        final PreparedStatement statement;
        final String table;
        long rows;

        Batch(PreparedStatement statement, String table) {
            this.statement = statement;
            this.table = table;
        }

        @Override
        public void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
            if (++rows % BATCH == 0) {
                statement.executeBatch();
                if (rows % 50_000 == 0) {
                    db.commit();
                }
                if (rows % 200_000 == 0) {
                    System.out.printf("  %s: %,d rows%n", table, rows);
                }
            }
        }

        @Override
        public void finish() throws SQLException {
            statement.executeBatch();
            db.commit();
            count(table, rows);
            System.out.printf("  %s: %,d rows (%,d s since start)%n", table, rows,
                    Duration.ofNanos(System.nanoTime() - STARTED).toSeconds());
        }
    }
}
