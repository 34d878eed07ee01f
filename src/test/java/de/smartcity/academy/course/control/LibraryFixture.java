package de.smartcity.academy.course.control;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.academy.support.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A private copy of the valid fixture library ({@code course-fixtures/library}: course
 * {@code smart-parking} and program {@code parken-profi}) that a test breaks in one place.
 */
final class LibraryFixture {

    static final String COURSE = "smart-parking";
    static final String LESSON = COURSE + "/01-sensorik/01-sensoren.md";
    static final String QUIZ = COURSE + "/01-sensorik/quiz.yaml";

    private final Path root;

    private LibraryFixture(Path root) {
        this.root = root;
    }

    static LibraryFixture copyInto(Path directory) {
        FileTrees.copy(original(), directory);
        return new LibraryFixture(directory);
    }

    static Path original() {
        try {
            return Path.of(LibraryFixture.class.getResource("/course-fixtures/library").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Path root() {
        return root;
    }

    Path path(String file) {
        return root.resolve(file);
    }

    LibraryFixture replace(String file, String original, String replacement) {
        String content = read(file);
        assertThat(content).as("fixture %s", file).contains(original);
        return write(file, content.replace(original, replacement));
    }

    LibraryFixture write(String file, String content) {
        try {
            Files.createDirectories(path(file).getParent());
            Files.writeString(path(file), content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    LibraryFixture delete(String file) {
        try {
            Files.delete(path(file));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String file) {
        try {
            return Files.readString(path(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CourseLibrary read() {
        return new CourseLibraryReader().read(root);
    }
}
