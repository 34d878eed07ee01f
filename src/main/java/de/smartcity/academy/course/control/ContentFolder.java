package de.smartcity.academy.course.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A folder of untrusted content (a course or {@code programs/}). Names written in the content
 * are resolved only below the folder; symbolic links, hidden files and files over 1 MiB are refused.
 */
final class ContentFolder {

    static final long MAX_FILE_SIZE = 1024 * 1024;
    private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");

    private final Path folder;

    ContentFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    Path path() {
        return folder;
    }

    static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    /** Resolves a '/'-separated name from the content against a directory inside this folder. */
    Path resolve(Path directory, String name) throws ContentProblem {
        for (String segment : name.split("/", -1)) {
            if (!SAFE_SEGMENT.matcher(segment).matches()) {
                throw new ContentProblem(1, "Unzulässiger Pfad '" + name + "': erlaubt sind nur Namen im Kursordner.");
            }
        }
        Path path = directory.toAbsolutePath().normalize().resolve(name).normalize();
        if (!path.startsWith(folder)) {
            throw new ContentProblem(1, "Der Pfad '" + name + "' verlässt den Kursordner.");
        }
        for (Path current = path; !current.equals(folder); current = current.getParent()) {
            if (Files.isSymbolicLink(current)) {
                throw new ContentProblem(1, "Symbolische Links sind nicht erlaubt: '" + name + "'.");
            }
        }
        return path;
    }

    static boolean isFile(Path path) {
        return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
    }

    static boolean isDirectory(Path path) {
        return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
    }

    /** Reads a UTF-8 text file of this folder. */
    String read(Path file) throws ContentProblem {
        try {
            if (Files.isSymbolicLink(file) || !isFile(file)) {
                throw new ContentProblem(1, "Die Datei fehlt oder ist keine normale Datei.");
            }
            if (Files.size(file) > MAX_FILE_SIZE) {
                throw new ContentProblem(1, "Die Datei ist größer als 1 MiB.");
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ContentProblem(1, "Die Datei ist nicht in UTF-8 kodiert.");
        } catch (IOException e) {
            throw new ContentProblem(1, "Die Datei ist nicht lesbar: " + e.getMessage());
        }
    }

    /** All visible files of the folder; symbolic links and oversized files are reported, not listed. */
    List<Path> inventory(ContentErrors errors) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (isHidden(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attributes.isSymbolicLink()) {
                        errors.add(file, 1, "Symbolische Links sind nicht erlaubt.");
                    } else if (attributes.size() > MAX_FILE_SIZE) {
                        errors.add(file, 1, "Die Datei ist größer als 1 MiB.");
                    } else {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            errors.add(folder, 1, "Der Ordner ist nicht lesbar: " + e.getMessage());
        }
        return files;
    }
}
