package de.smartcity.academy.course.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The content version of a course: SHA-256 over its files, ordered by relative path with '/'
 * separators. Each file contributes its path (UTF-8), a zero byte, its length (8 bytes, big endian)
 * and its bytes, so a moved byte cannot shift from one file into the next. File bytes are taken
 * as they are (no line-ending normalisation): the version identifies exactly what was read.
 */
final class ContentHash {

    private ContentHash() {}

    static String of(Path folder, Collection<Path> files) {
        Map<String, Path> byName = new TreeMap<>();
        files.forEach(file -> byName.put(relative(folder, file), file));
        MessageDigest digest = sha256();
        byName.forEach((name, file) -> {
            byte[] content = bytes(file);
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(ByteBuffer.allocate(Long.BYTES).putLong(content.length).array());
            digest.update(content);
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
