package de.smartcity.academy.identity.control;

import de.smartcity.academy.platform.csv.CsvText;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the people CSV: a header line, then one person per line. German Excel writes ';' and a
 * BOM, other tools ',' — both are accepted. Columns (German or English header names):
 * {@code vorname/given_name; nachname/family_name; email; organisation; sprache/language}.
 * The organisation is its id or its exact name.
 */
public final class PeopleCsv {

    public static final int MAX_LINES = 10_000;

    /** One data line: its number in the file (header = 1) and the raw values. */
    public record Line(long number, String givenName, String familyName, String email,
                       String organisation, String language) {}

    public static final class Unreadable extends Exception {
        public Unreadable(String message) {
            super(message);
        }
    }

    private static final Map<String, String> HEADER_ALIASES = Map.of(
            "vorname", "given_name", "nachname", "family_name", "e-mail", "email",
            "sprache", "language", "organization", "organisation");
    private static final List<String> COLUMNS = List.of("given_name", "family_name", "email", "organisation", "language");

    private PeopleCsv() {}

    public static List<Line> read(String content) throws Unreadable {
        String text = CsvText.withoutBom(content);
        CSVFormat format = CsvText.headerFormat(text);
        try (Reader reader = new java.io.StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> header = normalise(parser.getHeaderMap());
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (lines.size() == MAX_LINES) {
                    throw new Unreadable("Die Datei hat mehr als " + MAX_LINES + " Zeilen.");
                }
                lines.add(line(parser.getCurrentLineNumber(), record, header));
            }
            return lines;
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new Unreadable("Die Datei ist keine lesbare CSV-Datei: " + e.getMessage());
        }
    }

    private static Map<String, Integer> normalise(Map<String, Integer> raw) throws Unreadable {
        Map<String, Integer> header = new java.util.HashMap<>();
        raw.forEach((name, index) -> {
            String key = name.strip().toLowerCase(Locale.ROOT);
            header.put(HEADER_ALIASES.getOrDefault(key, key), index);
        });
        List<String> missing = COLUMNS.stream().filter(c -> !header.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new Unreadable("Es fehlen Spalten in der Kopfzeile: " + String.join(", ", missing));
        }
        return header;
    }

    private static Line line(long number, CSVRecord record, Map<String, Integer> header) {
        return new Line(number,
                value(record, header, "given_name"), value(record, header, "family_name"),
                value(record, header, "email"), value(record, header, "organisation"),
                value(record, header, "language"));
    }

    private static String value(CSVRecord record, Map<String, Integer> header, String column) {
        int index = header.get(column);
        return index < record.size() ? record.get(index) : "";
    }
}
