package de.smartcity.academy.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers for a minute that a user name and password matched, so that API clients sending HTTP
 * Basic with every request do not pay one PBKDF2 verification (≈ 0.2 s of CPU) per request. Only the
 * expensive hash comparison is reused: the caller still reads the account each time and must check
 * that its stored hash is unchanged and it is not locked, so a password change, lock or role change
 * takes effect at once. Passwords are kept only as an HMAC under a key that never leaves this process.
 */
@ApplicationScoped
public class VerifiedPasswords {

    static final Duration TTL = Duration.ofSeconds(60);
    static final int MAX_ENTRIES = 10_000;

    private record Entry(byte[] digest, String storedHash, Instant until) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final SecretKeySpec key;

    public VerifiedPasswords() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** Whether this password was verified against exactly this stored hash within the last minute. */
    public boolean recentlyVerified(String username, String password, String storedHash, Instant now) {
        Entry entry = entries.get(username);
        if (entry == null) {
            return false;
        }
        boolean valid = now.isBefore(entry.until()) && entry.storedHash().equals(storedHash)
                && MessageDigest.isEqual(entry.digest(), digest(password));
        if (!valid) {
            entries.remove(username);
        }
        return valid;
    }

    public void verified(String username, String password, String storedHash, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(username, new Entry(digest(password), storedHash, now.plus(TTL)));
    }

    private byte[] digest(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
