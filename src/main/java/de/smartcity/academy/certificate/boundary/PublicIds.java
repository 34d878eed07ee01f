package de.smartcity.academy.certificate.boundary;

import java.security.SecureRandom;

/** Random, unguessable, easy-to-type certificate ids (Crockford base32: no I, L, O, U). */
final class PublicIds {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PublicIds() {}

    static String next() {
        char[] id = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
