package de.smartcity.academy.platform.text;

/**
 * Text a person can have typed. Refused everywhere input arrives (JSON, CSV, forms): control
 * characters other than tab and line breaks (NUL truncates in C libraries and log viewers), lone
 * surrogates (not Unicode at all), non-characters, and the bidirectional overrides and isolates that
 * make text display differently from what it is ("Trojan Source"). Combining marks, emoji and
 * right-to-left letters are ordinary text and stay allowed.
 */
public final class PlainText {

    public static final String PROBLEM = "Der Text enthält unzulässige Steuer- oder Sonderzeichen."
            + " / The text contains control or special characters that are not allowed.";

    private PlainText() {}

    public static boolean isClean(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || isForbidden(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isForbidden(char c) {
        boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
        boolean bidiOverride = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
        return control || bidiOverride || c == 0xFFFE || c == 0xFFFF;
    }
}
