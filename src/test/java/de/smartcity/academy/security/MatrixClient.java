package de.smartcity.academy.security;

import de.smartcity.academy.support.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raw HTTP as one of the six callers of the matrix: HTTP Basic for the API, a form-login session
 * (with its own cookie jar) for pages. Redirects are not followed, so a login redirect stays visible.
 */
final class MatrixClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final int LARGE_BODY = 64 * 1024;
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    record Reply(int status, String contentType, String body, String location) {}

    private final URI base;
    private final String username;
    private final HttpClient http;
    private boolean inSession;

    MatrixClient(URI base, String username) {
        this.base = base;
        this.username = username;
        // HTTP/1.1 as browsers and scripts speak it to the academy (no h2c upgrade of plain-text connections)
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    String username() {
        return username;
    }

    /** An API call with HTTP Basic, or in the login session once logged in (none for the anonymous caller). */
    Reply api(String method, String path, String contentType, String body) {
        return api(method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    Reply api(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "application/json, application/problem+json, */*")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            request.header("Content-Type", contentType);
            // a server refuses an oversize body before reading it; the client must wait for that answer
            request.expectContinue(body.length > LARGE_BODY);
        }
        if (username != null && !inSession) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return send(request);
    }

    /** A page request in this client's browser-like session (no Authorization header). */
    Reply page(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** Logs in through the login form, as a browser does (view state and PrimeFaces' CSP nonce included). */
    MatrixClient loggedIn() {
        if (username == null) {
            return this;
        }
        Reply reply = submitLogin(username, Api.DEMO_PASSWORD);
        if (reply.status() != 302 || reply.location().contains("login.xhtml")) {
            throw new AssertionError("Form login of " + username + " failed: " + reply.status());
        }
        inSession = true;
        return this;
    }

    /** Fills in and submits the login form with any values. */
    Reply submitLogin(String user, String password) {
        String form = page("login.xhtml").body();
        String body = "login=login&login%3Ausername=" + encode(user) + "&login%3Apassword=" + encode(password)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + encode(first(VIEW_STATE, form))
                + "&primefaces.nonce=" + encode(first(NONCE, form));
        return send(HttpRequest.newBuilder(base.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValue("Location").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("Login form without " + pattern);
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
