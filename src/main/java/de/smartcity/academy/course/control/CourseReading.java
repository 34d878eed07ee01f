package de.smartcity.academy.course.control;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the readers of one course share: its folder, its errors and the ids already taken. */
final class CourseReading {

    private final ContentFolder folder;
    private final ContentErrors errors;
    private final Map<String, Set<String>> idsByKind = new HashMap<>();

    CourseReading(ContentFolder folder, ContentErrors errors) {
        this.folder = folder;
        this.errors = errors;
    }

    ContentFolder folder() {
        return folder;
    }

    ContentErrors errors() {
        return errors;
    }

    /** Records an id of a module, lesson or quiz; ids must be unique per kind within the course. */
    void claimId(String kind, String id, Path file, int line) {
        if (id != null && !idsByKind.computeIfAbsent(kind, k -> new HashSet<>()).add(id)) {
            errors.add(file, line, "Die " + kind + "-Id '" + id + "' kommt im Kurs mehrfach vor.");
        }
    }

    /**
     * Resolves a file or folder named at {@code line} of {@code file}; reports there when the name
     * is unsafe or nothing of that kind exists.
     */
    Optional<Path> referenced(Path file, int line, Path directory, String name, boolean wantDirectory) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            Path path = folder.resolve(directory, name);
            boolean exists = wantDirectory ? ContentFolder.isDirectory(path) : ContentFolder.isFile(path);
            if (!exists) {
                errors.add(file, line, (wantDirectory ? "Der Ordner '" : "Die Datei '") + name + "' fehlt.");
                return Optional.empty();
            }
            return Optional.of(path);
        } catch (ContentProblem problem) {
            errors.add(file, line, problem.getMessage());
            return Optional.empty();
        }
    }
}
