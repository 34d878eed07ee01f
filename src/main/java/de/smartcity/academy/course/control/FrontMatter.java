package de.smartcity.academy.course.control;

import java.util.List;

/**
 * A lesson split into its YAML front matter and its Markdown body. The file must start with a
 * {@code ---} line; the front matter ends at the next {@code ---} line.
 */
record FrontMatter(String yaml, String body, int bodyFirstLine) {

    /** The file line the front matter starts on, right after the opening {@code ---}. */
    static final int YAML_FIRST_LINE = 2;

    static FrontMatter split(String text) throws ContentProblem {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !isFence(lines.get(0))) {
            throw new ContentProblem(1, "Die Lektion muss mit einer Front Matter beginnen (erste Zeile '---').");
        }
        for (int i = 1; i < lines.size(); i++) {
            if (isFence(lines.get(i))) {
                return new FrontMatter(String.join("\n", lines.subList(1, i)),
                        String.join("\n", lines.subList(i + 1, lines.size())), i + 2);
            }
        }
        throw new ContentProblem(1, "Die Front Matter wird nicht mit einer Zeile '---' beendet.");
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals("---");
    }
}
