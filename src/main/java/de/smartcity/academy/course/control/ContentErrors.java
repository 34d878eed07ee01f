package de.smartcity.academy.course.control;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the errors of one course or program, naming files relative to the courses root. */
final class ContentErrors {

    private final Path root;
    private final List<ContentError> errors = new ArrayList<>();

    ContentErrors(Path root) {
        this.root = root;
    }

    void add(Path file, int line, String message) {
        errors.add(new ContentError(relative(file), line, message));
    }

    void add(Path file, ContentProblem problem) {
        add(file, problem.line(), problem.getMessage());
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    List<ContentError> sorted() {
        return errors.stream()
                .sorted(Comparator.comparing(ContentError::file).thenComparingInt(ContentError::line))
                .toList();
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
