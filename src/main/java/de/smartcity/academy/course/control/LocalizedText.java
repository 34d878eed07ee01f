package de.smartcity.academy.course.control;

import java.util.Locale;

/** A text in German and, optionally, English; German is the language of the content. */
public record LocalizedText(String de, String en) implements java.io.Serializable {

    public String in(Locale locale) {
        boolean english = locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return english && en != null ? en : de;
    }
}
