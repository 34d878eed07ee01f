package de.smartcity.academy.identity.control;

import java.util.logging.Logger;

/**
 * Security events as one structured line each ({@code key=value}), so that a SIEM or grep can
 * answer "who did what, in which organisation". Never logs passwords.
 */
public final class SecurityLog {

    private static final Logger LOG = Logger.getLogger("de.smartcity.academy.security");

    private SecurityLog() {}

    public static void loginSucceeded(String username, String organisation, String channel) {
        LOG.info(() -> line("login.ok", username, organisation, "channel=" + channel));
    }

    public static void loginFailed(String username, String reason, String channel) {
        LOG.warning(() -> line("login.failed", username, null, "reason=" + reason + " channel=" + channel));
    }

    public static void logout(String username) {
        LOG.info(() -> line("logout", username, null, ""));
    }

    public static void rolesChanged(String actor, String target, String roles, String scope) {
        LOG.info(() -> line("roles.changed", actor, scope, "target=" + quote(target) + " roles=" + roles));
    }

    public static void reauthenticated(String username, boolean confirmed) {
        if (confirmed) {
            LOG.info(() -> line("reauth.ok", username, null, ""));
        } else {
            LOG.warning(() -> line("reauth.failed", username, null, ""));
        }
    }

    public static void accessDenied(String username, String what) {
        LOG.warning(() -> line("access.denied", username, null, "what=" + quote(what)));
    }

    private static String line(String event, String user, String organisation, String rest) {
        return "event=" + event + " user=" + quote(user)
                + (organisation == null ? "" : " org=" + quote(organisation))
                + (rest.isEmpty() ? "" : " " + rest);
    }

    /** Quotes values and strips line breaks so a crafted user name cannot forge log lines. */
    static String quote(String value) {
        if (value == null) {
            return "-";
        }
        String clean = value.replaceAll("[\\r\\n\\t]", "_").replace("\"", "'");
        return clean.matches("[\\w.@-]+") ? clean : "\"" + clean + "\"";
    }
}
