package de.smartcity.academy.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The CSRF token of forms on stateless pages. Every other form is protected by its server-side view
 * state, whose unguessable id only the page knows; a stateless view has none, so its forms carry this
 * random token of the session instead ({@code <input type="hidden" name="#{formToken.name}"
 * value="#{formToken.value}"/>}), and {@link ForgedFormFilter} refuses a stateless post without it.
 * A session gets its token when a page first shows it and a new one at login, so a token seen
 * before the login is worth nothing after it.
 */
@Named
@ApplicationScoped
public class FormToken {

    public static final String PARAMETER = "academy.formToken";
    static final String ATTRIBUTE = FormToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    public String getName() {
        return PARAMETER;
    }

    /** The token of the current session (a page with a form has a session). */
    public String getValue() {
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true);
        Object token = session.getAttribute(ATTRIBUTE);
        return token == null ? renew(session) : (String) token;
    }

    /** Gives the session a new token; the old one is refused from now on. */
    public static String renew(HttpSession session) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        session.setAttribute(ATTRIBUTE, token);
        return token;
    }

    /** Whether a posted form carries the token of its session. */
    static boolean carriedBy(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(ATTRIBUTE);
        String posted = request.getParameter(PARAMETER);
        return expected != null && posted != null && MessageDigest.isEqual(
                posted.getBytes(StandardCharsets.UTF_8), ((String) expected).getBytes(StandardCharsets.UTF_8));
    }
}
