package de.smartcity.academy.course.control;

/** One problem in the course content; {@code file} is relative to the courses root, with '/' separators. */
public record ContentError(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
