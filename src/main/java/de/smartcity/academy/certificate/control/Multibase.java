package de.smartcity.academy.certificate.control;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Base58btc multibase ('z' prefix) and Ed25519 Multikey encoding. Hand-written because no small, maintained
 * base58 library resolves from Maven Central here; the W3C test vector checks it.
 */
final class Multibase {

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);
    /** Multicodec header ed25519-pub (0xed, varint-encoded). */
    private static final byte[] ED25519_PUB = {(byte) 0xed, 0x01};

    private Multibase() {}

    static String encodeBase58btc(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (BigInteger n = new BigInteger(1, bytes); n.signum() > 0; n = n.divide(BASE)) {
            out.append(ALPHABET.charAt(n.mod(BASE).intValue()));
        }
        // Each leading zero byte is written as a leading '1'.
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
            out.append('1');
        }
        return "z" + out.reverse();
    }

    static byte[] decodeBase58btc(String multibase) {
        if (multibase == null || !multibase.startsWith("z")) {
            throw new IllegalArgumentException("not a base58btc multibase value");
        }
        String text = multibase.substring(1);
        BigInteger n = BigInteger.ZERO;
        for (char c : text.toCharArray()) {
            int digit = ALPHABET.indexOf(c);
            if (digit < 0) {
                throw new IllegalArgumentException("invalid base58 character '" + c + "'");
            }
            n = n.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = n.toByteArray();
        int sign = magnitude.length > 1 && magnitude[0] == 0 ? 1 : 0;
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == '1') {
            zeros++;
        }
        byte[] value = n.signum() == 0 ? new byte[0] : Arrays.copyOfRange(magnitude, sign, magnitude.length);
        byte[] out = new byte[zeros + value.length];
        System.arraycopy(value, 0, out, zeros, value.length);
        return out;
    }

    /** {@code publicKeyMultibase} of a Multikey: 'z' + base58btc(0xed01 + 32-byte raw key). */
    static String ed25519PublicKey(byte[] raw) {
        byte[] prefixed = new byte[ED25519_PUB.length + raw.length];
        System.arraycopy(ED25519_PUB, 0, prefixed, 0, ED25519_PUB.length);
        System.arraycopy(raw, 0, prefixed, ED25519_PUB.length, raw.length);
        return encodeBase58btc(prefixed);
    }

    static byte[] ed25519RawPublicKey(String publicKeyMultibase) {
        byte[] decoded = decodeBase58btc(publicKeyMultibase);
        if (decoded.length != 34 || decoded[0] != ED25519_PUB[0] || decoded[1] != ED25519_PUB[1]) {
            throw new IllegalArgumentException("not an Ed25519 Multikey");
        }
        return Arrays.copyOfRange(decoded, 2, decoded.length);
    }
}
