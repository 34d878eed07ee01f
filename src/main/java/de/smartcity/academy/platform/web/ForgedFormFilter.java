package de.smartcity.academy.platform.web;

import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Faces forms that are forged or come from a stale page get a 400 (static error page) before they
 * can do anything: a form of a stateless view without its session's {@link FormToken}, and a form
 * posted without PrimeFaces' CSP nonce (which PrimeFaces refuses outside the Faces exception
 * handling, so it would otherwise become a 500).
 */
@WebFilter(urlPatterns = "*.xhtml")
public class ForgedFormFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(ForgedFormFilter.class.getName());
    /** What Faces posts as view state from a stateless (transient) view. */
    private static final String STATELESS = "stateless";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isStatelessPost(request) && !FormToken.carriedBy(request)) {
            reject(request, response, "missing-form-token");
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException e) {
            if (!isMissingNonce(e) || response.isCommitted()) {
                throw e;
            }
            reject(request, response, "missing-csp-nonce");
        }
    }

    private static boolean isStatelessPost(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && STATELESS.equals(request.getParameter(ResponseStateManager.VIEW_STATE_PARAM));
    }

    private static void reject(HttpServletRequest request, HttpServletResponse response, String reason) throws IOException {
        LOG.warning(() -> "event=form.rejected reason=" + reason + " uri=" + request.getRequestURI());
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    private static boolean isMissingNonce(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t.getClass().getName().equals("org.primefaces.csp.CspException")) {
                return true;
            }
        }
        return false;
    }
}
