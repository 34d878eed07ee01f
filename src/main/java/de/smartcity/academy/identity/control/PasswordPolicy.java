package de.smartcity.academy.identity.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Minimum rules for passwords chosen by people (BSI ORP.4, NIST SP 800-63B: length and a check
 * against known passwords beat complexity rules). The list of common and breached passwords is
 * bundled ({@code common-passwords.txt}); nothing is sent anywhere to check a password.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    /** @return a message for the user when the password is not acceptable */
    public static Optional<String> check(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Das Passwort muss mindestens " + MIN_LENGTH + " Zeichen lang sein.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Das Passwort darf höchstens " + MAX_LENGTH + " Zeichen lang sein.");
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("Das Passwort darf den Benutzernamen nicht enthalten.");
        }
        if (isCommon(password)) {
            return Optional.of("Dieses Passwort ist zu bekannt: Es steht auf einer Liste häufig benutzter oder "
                    + "geleakter Passwörter. Bitte wählen Sie ein anderes, am besten einen Satz aus mehreren Wörtern.");
        }
        return Optional.empty();
    }

    /**
     * Known passwords also count with digits or symbols around them ("Passwort2026!"), in
     * leetspeak ("P@ssw0rt") and as a short unit repeated ("abcabcabcabc"); digits only count too.
     */
    static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        String core = lower.replaceAll("^[\\d\\W_]+|[\\d\\W_]+$", "");
        if (core.isEmpty() || lower.matches("(.{1,4})\\1+")) {
            return true;
        }
        Set<String> common = CommonPasswords.LIST;
        return common.contains(lower) || common.contains(core) || common.contains(unleet(core));
    }

    private static String unleet(String text) {
        return text.replace('@', 'a').replace('4', 'a').replace('3', 'e').replace('1', 'i').replace('!', 'i')
                .replace('0', 'o').replace('$', 's').replace('5', 's').replace('7', 't');
    }

    /** Loaded on first use. */
    private static final class CommonPasswords {
        static final Set<String> LIST = load();

        private static Set<String> load() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    PasswordPolicy.class.getResourceAsStream("common-passwords.txt"), StandardCharsets.UTF_8))) {
                return in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
