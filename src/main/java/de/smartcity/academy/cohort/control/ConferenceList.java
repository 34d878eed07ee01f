package de.smartcity.academy.cohort.control;

import de.smartcity.academy.platform.csv.CsvText;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the participant list a video-conference tool exports: a header, then one line per
 * connection ({@code name;email;join;leave}). German tools write ';' and a BOM, others ',' — both
 * are accepted, as are German header names. Times are local (Europe/Berlin), ISO
 * ({@code 2026-11-23T18:02:00}) or German ({@code 23.11.2026 18:02}). One bad line makes the whole
 * list unreadable, so an import never records half a session.
 */
public final class ConferenceList {

    public static final int MAX_LINES = 5_000;

    /** One connection: its line in the file (header = 1); name or e-mail may be blank, not both. */
    public record Row(long line, String name, String email, LocalDateTime join, LocalDateTime leave) implements java.io.Serializable {}

    public record Rejected(long line, String reason) implements java.io.Serializable {}

    /** The file cannot be used; every line that is wrong is named. */
    public static final class Unreadable extends Exception {
        private final transient List<Rejected> rejected;

        Unreadable(List<Rejected> rejected) {
            super(rejected.get(0).reason());
            this.rejected = List.copyOf(rejected);
        }

        public List<Rejected> rejected() {
            return rejected;
        }
    }

    private static final Map<String, String> HEADER_ALIASES = Map.ofEntries(
            Map.entry("teilnehmer", "name"), Map.entry("teilnehmername", "name"), Map.entry("full name", "name"),
            Map.entry("e-mail", "email"), Map.entry("mail", "email"), Map.entry("e-mail-adresse", "email"),
            Map.entry("beitritt", "join"), Map.entry("beitrittszeit", "join"), Map.entry("join time", "join"),
            Map.entry("verlassen", "leave"), Map.entry("austritt", "leave"), Map.entry("austrittszeit", "leave"),
            Map.entry("leave time", "leave"));
    private static final List<String> COLUMNS = List.of("name", "email", "join", "leave");
    private static final List<DateTimeFormatter> TIME_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd['T'][' ']HH:mm[:ss]", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu[','] H:mm[:ss]", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT));

    private ConferenceList() {}

    public static List<Row> read(String content) throws Unreadable {
        String text = CsvText.withoutBom(content);
        CSVFormat format = CsvText.headerFormat(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> header = header(parser.getHeaderMap());
            List<Row> rows = new ArrayList<>();
            List<Rejected> rejected = new ArrayList<>();
            LineCounter lines = new LineCounter(text);
            for (CSVRecord record : parser) {
                if (rows.size() + rejected.size() == MAX_LINES) {
                    throw new Unreadable(List.of(new Rejected(1, "Die Datei hat mehr als " + MAX_LINES + " Zeilen.")));
                }
                long line = lines.lineAt(record.getCharacterPosition());
                try {
                    rows.add(row(line, record, header));
                } catch (IllegalArgumentException e) {
                    rejected.add(new Rejected(line, e.getMessage()));
                }
            }
            if (!rejected.isEmpty()) {
                throw new Unreadable(rejected);
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new Unreadable(List.of(new Rejected(1, "Keine lesbare CSV-Datei (z. B. ein nicht geschlossenes Anführungszeichen). / Not a readable CSV file.")));
        }
    }

    private static Map<String, Integer> header(Map<String, Integer> raw) throws Unreadable {
        Map<String, Integer> header = new HashMap<>();
        raw.forEach((name, index) -> {
            String key = name.strip().toLowerCase(Locale.ROOT);
            header.put(HEADER_ALIASES.getOrDefault(key, key), index);
        });
        List<String> missing = COLUMNS.stream().filter(c -> !header.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new Unreadable(List.of(new Rejected(1, "Es fehlen Spalten in der Kopfzeile: " + String.join(", ", missing))));
        }
        return header;
    }

    private static Row row(long line, CSVRecord record, Map<String, Integer> header) {
        if (COLUMNS.stream().anyMatch(c -> header.get(c) >= record.size())) {
            throw new IllegalArgumentException("Zu wenige Spalten (erwartet: name, email, join, leave).");
        }
        String name = record.get(header.get("name"));
        String email = record.get(header.get("email"));
        if (name.isBlank() && email.isBlank()) {
            throw new IllegalArgumentException("Name und E-Mail fehlen.");
        }
        LocalDateTime join = time(record.get(header.get("join")), "Beitritt");
        LocalDateTime leave = time(record.get(header.get("leave")), "Verlassen");
        if (leave.isBefore(join)) {
            throw new IllegalArgumentException("Verlassen (" + leave + ") liegt vor dem Beitritt (" + join + ").");
        }
        return new Row(line, name, email, join, leave);
    }

    private static LocalDateTime time(String value, String column) {
        return TIME_FORMATS.stream().map(format -> parse(value, format)).filter(java.util.Objects::nonNull).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(column + ": keine gültige Zeit „" + value
                        + "“ (erwartet 2026-11-23T18:02:00 oder 23.11.2026 18:02)."));
    }

    private static LocalDateTime parse(String value, DateTimeFormatter format) {
        try {
            return LocalDateTime.parse(value, format);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The line a record starts on, counted in the text itself so that skipped empty lines and a
     * missing final line break cannot shift it; records come in order, so one pass suffices.
     */
    private static final class LineCounter {
        private final String text;
        private int index;
        private long line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        long lineAt(long position) {
            int target = (int) Math.min(position, text.length());
            while (target < text.length() && (text.charAt(target) == '\n' || text.charAt(target) == '\r')) {
                target++;
            }
            for (; index < target; index++) {
                if (text.charAt(index) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}
