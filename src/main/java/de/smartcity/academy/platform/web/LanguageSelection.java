package de.smartcity.academy.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of the UI for this session: German unless the visitor chooses English (or, after
 * login, their preferred language applies).
 */
@Named
@SessionScoped
public class LanguageSelection implements Serializable {

    private Locale locale = Locale.GERMAN;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public void use(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : Locale.GERMAN;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }

    /** Switches to the other language and reloads the page. */
    public String toggle() {
        use("de".equals(getLanguage()) ? "en" : "de");
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
