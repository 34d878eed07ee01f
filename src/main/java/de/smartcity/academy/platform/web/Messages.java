package de.smartcity.academy.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Faces messages from the UI bundle ({@code messages_*.properties}) in the view's language. */
public final class Messages {

    private Messages() {}

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** A message for one field (client id), shown next to it. */
    public static void fieldError(String clientId, String message) {
        add(clientId, FacesMessage.SEVERITY_ERROR, message);
    }

    /** A message that is already in the user's words (e.g. from an {@code AcademyException}). */
    public static void plainError(String message) {
        add(null, FacesMessage.SEVERITY_ERROR, message);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
