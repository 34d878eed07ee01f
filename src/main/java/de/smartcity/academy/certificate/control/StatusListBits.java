package de.smartcity.academy.certificate.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.BitSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The {@code encodedList} of a W3C Bitstring Status List: bit 0 is the most significant bit of the first byte,
 * GZIP-compressed, base64url without padding, multibase prefix 'u'.
 */
final class StatusListBits {

    /** The specification's minimum, so that a list does not reveal how few credentials it covers. */
    static final int MINIMUM_LENGTH = 131_072;

    private StatusListBits() {}

    static String encode(BitSet set, int length) {
        int bits = Math.max(Math.max(length, MINIMUM_LENGTH), set.length());
        byte[] bytes = new byte[(bits + 7) / 8];
        set.stream().forEach(i -> bytes[i / 8] |= (byte) (0x80 >>> (i % 8)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    static BitSet decode(String encodedList) {
        if (!encodedList.startsWith("u")) {
            throw new IllegalArgumentException("encodedList must be multibase base64url ('u')");
        }
        byte[] compressed = Base64.getUrlDecoder().decode(encodedList.substring(1));
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] bytes = gzip.readAllBytes();
            BitSet set = new BitSet(bytes.length * 8);
            for (int i = 0; i < bytes.length * 8; i++) {
                if ((bytes[i / 8] & (0x80 >>> (i % 8))) != 0) {
                    set.set(i);
                }
            }
            return set;
        } catch (IOException e) {
            throw new IllegalArgumentException("encodedList is not GZIP", e);
        }
    }
}
