package de.smartcity.academy.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The absolute lifetime of a session ({@code academy.session.max-lifetime}, ISO-8601, default
 * 10 hours): however active, a session older than that ends and its user logs in again (BSI
 * APP.3.1, OWASP ASVS 3.3.4). The idle timeout is in web.xml. The login has already been read from
 * the session when this filter runs, so the request is sent round again to be seen without it.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionLifetime extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(SessionLifetime.class.getName());
    static final Duration DEFAULT = Duration.ofHours(10);

    @Inject Clock clock;
    Duration maxLifetime = DEFAULT;

    @Override
    public void init() {
        maxLifetime = ConfigProvider.getConfig().getOptionalValue("academy.session.max-lifetime", String.class)
                .map(Duration::parse).orElse(DEFAULT);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session == null || !outlived(session.getCreationTime())) {
            chain.doFilter(request, response);
            return;
        }
        LOG.info(() -> "event=session.ended reason=max-lifetime user=" + request.getRemoteUser());
        session.invalidate();
        String target = request.getContextPath() + "/login.xhtml";
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target + "\"/></partial-response>");
        } else {
            response.sendRedirect(target);
        }
    }

    boolean outlived(long creationMillis) {
        return Instant.ofEpochMilli(creationMillis).plus(maxLifetime).isBefore(clock.instant());
    }
}
