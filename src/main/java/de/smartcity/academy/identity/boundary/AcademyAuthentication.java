package de.smartcity.academy.identity.boundary;

import de.smartcity.academy.identity.control.SecurityLog;
import de.smartcity.academy.platform.web.FormToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * One mechanism for both ways in: HTTP Basic for scripts and HR systems calling {@code /api},
 * and the login form of the web UI, which authenticates programmatically and keeps the caller in
 * the (fixation-safe, renewed) session. Jakarta Security 3 allows one mechanism per application,
 * hence both in one class.
 */
@ApplicationScoped
public class AcademyAuthentication implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = AcademyAuthentication.class.getName() + ".caller";
    private static final String BASIC = "Basic ";

    @Inject IdentityStoreHandler identityStores;
    @Inject AccountIdentityStore accounts;

    /** What the session remembers of a form login. */
    record SessionCaller(String name, Set<String> groups) implements Serializable {}

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (sendsPassword(request)) {
            return basic(request.getHeader("Authorization").substring(BASIC.length()), request, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential password) {
            return formLogin(password, request, context);
        }
        SessionCaller remembered = rememberedCaller(request);
        if (remembered != null) {
            return context.notifyContainerAboutLogin(remembered.name(), remembered.groups());
        }
        if (context.isProtected()) {
            return challenge(request, response, context);
        }
        return context.doNothing();
    }

    /** HTTP Basic: the request carries the password and is authenticated by it alone. */
    static boolean sendsPassword(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.startsWith(BASIC);
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpMessageContext context) {
        UsernamePasswordCredential credential = decodeBasic(encoded);
        if (credential == null || accounts.isLocked(credential.getCaller())) {
            return unauthorized(context, credential == null ? "malformed" : "locked");
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return unauthorized(context, "invalid");
        }
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus formLogin(UsernamePasswordCredential credential, HttpServletRequest request,
                                           HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId();
        FormToken.renew(request.getSession());
        request.getSession().setAttribute(SESSION_CALLER,
                new SessionCaller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        SecurityLog.loginSucceeded(result.getCallerPrincipal().getName(), null, "form");
        return context.notifyContainerAboutLogin(result);
    }

    private static SessionCaller rememberedCaller(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (SessionCaller) session.getAttribute(SESSION_CALLER);
    }

    private static AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response,
                                                  HttpMessageContext context) {
        if (isApi(request)) {
            return unauthorized(context, null);
        }
        return context.redirect(request.getContextPath() + "/login.xhtml");
    }

    private static AuthenticationStatus unauthorized(HttpMessageContext context, String reason) {
        HttpServletResponse response = context.getResponse();
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"academy\", charset=\"UTF-8\"");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        String detail = "locked".equals(reason)
                ? "Zu viele Fehlversuche, das Konto ist vorübergehend gesperrt. / Too many failed attempts, try again later."
                : "Anmeldung erforderlich. / Authentication required.";
        try {
            response.getWriter().write("{\"type\":\"https://smartcity-academy.example/problems/http-401\","
                    + "\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"" + detail + "\",\"errors\":[]}");
        } catch (IOException e) {
            // the client went away; the status is all it would have read anyway
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null
                    : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
