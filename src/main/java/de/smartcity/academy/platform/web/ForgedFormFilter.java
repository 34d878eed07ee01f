package de.smartcity.academy.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * A Faces form posted without PrimeFaces' CSP nonce is forged or comes from a stale page. PrimeFaces
 * refuses it outside the Faces exception handling, so it is turned into a 400 (static error page)
 * here instead of a 500.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class ForgedFormFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(ForgedFormFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException e) {
            if (!isMissingNonce(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warning(() -> "event=form.rejected reason=missing-csp-nonce uri=" + request.getRequestURI());
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
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
