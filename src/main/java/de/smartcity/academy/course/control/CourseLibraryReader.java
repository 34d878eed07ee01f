package de.smartcity.academy.course.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads and validates the whole courses folder (see {@code courses/README.md}). Bad content never
 * throws: it ends up in {@link CourseLibrary#rejected()}; only an unreadable root does.
 */
public final class CourseLibraryReader {

    private static final String PROGRAMS = "programs";

    public CourseLibrary read(Path coursesRoot) {
        Path root = coursesRoot.toAbsolutePath().normalize();
        Map<String, List<ContentError>> rejected = new TreeMap<>();
        List<CourseDefinition> courses = courses(root, rejected);
        Set<String> courseIds = courses.stream().map(CourseDefinition::id).collect(Collectors.toSet());
        List<ProgramDefinition> programs = programs(root, courseIds, rejected);
        return new CourseLibrary(courses, programs, Collections.unmodifiableMap(rejected));
    }

    private static List<CourseDefinition> courses(Path root, Map<String, List<ContentError>> rejected) {
        List<CourseDefinition> courses = new ArrayList<>();
        Map<String, String> slugById = new HashMap<>();
        for (Path folder : entries(root, entry -> Files.isDirectory(entry) && !entry.getFileName().toString().equals(PROGRAMS))) {
            CourseFolderReader.Result result = CourseFolderReader.read(root, folder);
            String slug = folder.getFileName().toString();
            if (result.course() == null) {
                rejected.put(slug, result.errors());
            } else if (slugById.putIfAbsent(result.course().id(), slug) != null) {
                rejected.put(slug, List.of(new ContentError(slug + "/course.yaml", 1,
                        "Die Kurs-Id '" + result.course().id() + "' hat schon der Kurs '" + slugById.get(result.course().id()) + "'.")));
            } else {
                courses.add(result.course());
            }
        }
        return List.copyOf(courses);
    }

    private static List<ProgramDefinition> programs(Path root, Set<String> courseIds,
                                                    Map<String, List<ContentError>> rejected) {
        Path folder = root.resolve(PROGRAMS);
        if (Files.isSymbolicLink(folder)) {
            rejected.put(PROGRAMS, List.of(new ContentError(PROGRAMS, 1, "Symbolische Links sind nicht erlaubt.")));
            return List.of();
        }
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<ProgramDefinition> programs = new ArrayList<>();
        Map<String, String> fileById = new HashMap<>();
        for (Path file : entries(folder, entry -> entry.getFileName().toString().endsWith(".yaml"))) {
            String key = PROGRAMS + "/" + file.getFileName();
            ProgramReader.Result result = ProgramReader.read(root, file, courseIds);
            if (result.program() == null) {
                rejected.put(key, result.errors());
            } else if (fileById.putIfAbsent(result.program().id(), key) != null) {
                rejected.put(key, List.of(new ContentError(key, 1,
                        "Die Programm-Id '" + result.program().id() + "' hat schon '" + fileById.get(result.program().id()) + "'.")));
            } else {
                programs.add(result.program());
            }
        }
        return List.copyOf(programs);
    }

    /** The visible entries of a folder that pass the filter, sorted by name. */
    private static List<Path> entries(Path folder, Predicate<Path> filter) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(entry -> !ContentFolder.isHidden(entry)).filter(filter)
                    .sorted(Comparator.comparing(entry -> entry.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

