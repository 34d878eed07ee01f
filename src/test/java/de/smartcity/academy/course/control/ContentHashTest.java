package de.smartcity.academy.course.control;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.academy.support.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentHashTest {

    @TempDir
    Path directory;

    @Test
    void sameContentGivesTheSameVersionWherever() throws IOException {
        Path first = copy("first");
        Path second = copy("second");

        assertThat(hash(first)).isEqualTo(hash(second)).matches("[0-9a-f]{64}");
    }

    @Test
    void oneChangedByteGivesAnotherVersion() throws IOException {
        Path course = copy("course");
        String before = hash(course);
        Path lesson = course.resolve(LibraryFixture.LESSON);
        byte[] bytes = Files.readAllBytes(lesson);
        bytes[bytes.length - 2]++;
        Files.write(lesson, bytes);

        assertThat(hash(course)).isNotEqualTo(before);
    }

    @Test
    void aRenamedFileGivesAnotherVersion() throws IOException {
        Path course = copy("course");
        String before = hash(course);
        Files.move(course.resolve(LibraryFixture.COURSE + "/assets/sensor.svg"),
                course.resolve(LibraryFixture.COURSE + "/assets/sensor2.svg"));

        assertThat(hash(course)).isNotEqualTo(before);
    }

    @Test
    void theReaderReportsTheSameVersionAsTheHash() throws IOException {
        Path course = copy("course");

        assertThat(new CourseLibraryReader().read(course).courses().get(0).contentVersion())
                .isEqualTo(hash(course.resolve(LibraryFixture.COURSE)));
    }

    private Path copy(String name) throws IOException {
        Path target = Files.createDirectory(directory.resolve(name));
        FileTrees.copy(LibraryFixture.original(), target);
        return target;
    }

    private static String hash(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> regular = files.filter(Files::isRegularFile).toList();
            return ContentHash.of(folder, regular);
        }
    }
}
