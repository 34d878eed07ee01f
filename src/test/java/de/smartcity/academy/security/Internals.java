package de.smartcity.academy.security;

import java.util.regex.Pattern;

/** What must never reach a caller: stack frames, exception messages, SQL states, framework internals. */
final class Internals {

    private static final Pattern LEAKS = Pattern.compile(
            "\\bat [\\w.$]+\\(\\w+\\.java:\\d+\\)"     // a stack frame
            + "|(Exception|Error): "                     // an exception with its message
            + "|SQLSTATE|SQLException|org\\.apache\\.derby|org\\.eclipse\\.persistence|org\\.glassfish\\.jersey");

    private Internals() {}

    static boolean revealedIn(String body) {
        return LEAKS.matcher(body).find();
    }
}
