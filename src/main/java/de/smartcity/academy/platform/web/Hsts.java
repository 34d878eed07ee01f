package de.smartcity.academy.platform.web;

import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * HTTP Strict Transport Security ({@code academy.security.hsts}): {@code tls} (default) sends it on
 * requests that arrived over TLS only, {@code always} also behind a proxy that ends TLS (browsers
 * ignore the header on plain HTTP, so this is safe), {@code off} never.
 */
record Hsts(Mode mode, long maxAgeSeconds) {

    enum Mode { TLS, ALWAYS, OFF }

    static Hsts from(Config config) {
        Mode mode = Mode.valueOf(config.getOptionalValue("academy.security.hsts", String.class).orElse("tls")
                .strip().toUpperCase(Locale.ROOT));
        long maxAge = config.getOptionalValue("academy.security.hsts.max-age", Long.class).orElse(31_536_000L);
        return new Hsts(mode, maxAge);
    }

    Optional<String> header(boolean secureRequest) {
        boolean send = mode == Mode.ALWAYS || (mode == Mode.TLS && secureRequest);
        return send ? Optional.of("max-age=" + maxAgeSeconds + "; includeSubDomains") : Optional.empty();
    }
}
