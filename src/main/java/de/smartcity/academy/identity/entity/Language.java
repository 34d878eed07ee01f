package de.smartcity.academy.identity.entity;

import java.util.Locale;

/** The languages the academy speaks; German first. */
public enum Language {
    DE, EN;

    public Locale locale() {
        return this == DE ? Locale.GERMAN : Locale.ENGLISH;
    }

    public static Language of(String code) {
        return "en".equalsIgnoreCase(code) ? EN : DE;
    }
}
