package de.smartcity.academy.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The hostile inputs of {@code src/test/resources/bad-input/corpus.txt} (format described there). */
final class Corpus {

    enum Kind { BODY, TEXT, CSV }

    /** @param bytes the payload as sent (text payloads UTF-8 encoded; lone surrogates are only possible as JSON escapes) */
    record Entry(Kind kind, boolean reject, String name, String text, byte[] bytes) {}

    private static final Pattern REPEAT = Pattern.compile("\\{\\{repeat (\\d+) ([^}]*)}}");
    private static final Pattern HEX = Pattern.compile("\\{\\{hex ([0-9a-fA-F ]+)}}");

    private Corpus() {}

    static List<Entry> load() {
        try (InputStream in = Corpus.class.getResourceAsStream("/bad-input/corpus.txt")) {
            List<Entry> entries = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(" \\| ", 4);
                String payload = parts.length < 4 ? "" : parts[3].stripTrailing();
                Matcher hex = HEX.matcher(payload);
                String text = hex.matches() ? null : unescape(expand(payload));
                byte[] bytes = hex.matches() ? HexFormat.of().parseHex(hex.group(1).replace(" ", ""))
                        : text.getBytes(StandardCharsets.UTF_8);
                entries.add(new Entry(Kind.valueOf(parts[0].strip().toUpperCase()), parts[1].strip().equals("reject"),
                        parts[2].strip(), text, bytes));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text as a JSON string literal, with every character outside printable ASCII as an escape. */
    static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7E) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private static String expand(String payload) {
        Matcher repeat = REPEAT.matcher(payload);
        StringBuilder expanded = new StringBuilder();
        while (repeat.find()) {
            repeat.appendReplacement(expanded, Matcher.quoteReplacement(repeat.group(2).repeat(Integer.parseInt(repeat.group(1)))));
        }
        return repeat.appendTail(expanded).toString();
    }

    private static String unescape(String payload) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < payload.length(); i++) {
            char c = payload.charAt(i);
            if (c != '\\' || i + 1 == payload.length()) {
                text.append(c);
                continue;
            }
            char next = payload.charAt(++i);
            switch (next) {
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case 'u' -> {
                    text.append((char) Integer.parseInt(payload.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> text.append(next);
            }
        }
        return text.toString();
    }
}
