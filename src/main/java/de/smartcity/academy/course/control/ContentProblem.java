package de.smartcity.academy.course.control;

/** A problem that makes a file unusable, at a 1-based line of that file (1 when it concerns the whole file). */
final class ContentProblem extends Exception {

    private final int line;

    ContentProblem(int line, String message) {
        super(message, null, false, false);
        this.line = line;
    }

    int line() {
        return line;
    }
}
