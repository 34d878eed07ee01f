package de.smartcity.academy.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Security headers on every response. The Content Security Policy allows no inline scripts
 * anywhere. Faces pages get theirs from PrimeFaces ({@code primefaces.CSP_POLICY} in web.xml, which
 * is {@link #PAGE_POLICY}), because only PrimeFaces knows the per-request nonce it puts on its own
 * scripts: it replaces the nonce-less {@link #POLICY} set here for every other response (a second
 * header would block the nonce scripts). Inline styles stay allowed: PrimeFaces widgets position
 * themselves with style attributes.
 */
// also on error pages: the container renders them with the unwrapped response
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    /** PrimeFaces appends {@code 'nonce-…'} to the script source list, which must therefore come last. */
    public static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; script-src 'self'";
    static final String POLICY = PAGE_POLICY + ";";
    private static final String CSP = "Content-Security-Policy";
    private static final String FACES_RESOURCES = "/jakarta.faces.resource/";

    private Hsts hsts;

    @Override
    public void init() {
        hsts = Hsts.from(ConfigProvider.getConfig());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        hsts.header(request.isSecure()).ifPresent(value -> response.setHeader("Strict-Transport-Security", value));
        if (!request.getRequestURI().startsWith(request.getContextPath() + FACES_RESOURCES)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /** Lets a policy added later (PrimeFaces' with its nonce) replace the one set here. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
