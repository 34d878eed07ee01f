package de.smartcity.academy.platform.persistence;

import java.util.Locale;

/**
 * Search text typed by users as a LIKE pattern (matched against {@code lower(column)}) that means the
 * same on Derby and PostgreSQL. PostgreSQL takes a backslash in a pattern as LIKE's escape character,
 * Derby as an ordinary one, so a search for "a\b" found different rows on the two. An explicit
 * {@code escape} clause is no way out: with it EclipseLink stops binding parameters on Derby and prints
 * boolean literals as 1, which Derby rejects. So {@code %}, {@code _} and {@code \} typed by a user each
 * stand for any one character, on both databases alike.
 */
public final class Like {

    private Like() {}

    /** {@code %text%} in lower case, {@code %}, {@code _} and {@code \} of the text as {@code _}; {@code %} for no text. */
    public static String containing(String text) {
        if (text == null || text.isBlank()) {
            return "%";
        }
        return "%" + text.strip().toLowerCase(Locale.ROOT).replaceAll("[%_\\\\]", "_") + "%";
    }
}
