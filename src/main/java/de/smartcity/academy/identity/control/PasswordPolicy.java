package de.smartcity.academy.identity.control;

import java.util.Optional;

/** Minimum rules for passwords chosen by people (BSI ORP.4: length beats complexity rules). */
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
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            return Optional.of("Das Passwort darf den Benutzernamen nicht enthalten.");
        }
        return Optional.empty();
    }
}
