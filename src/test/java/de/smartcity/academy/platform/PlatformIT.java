package de.smartcity.academy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.academy.support.Api;
import de.smartcity.academy.support.Deployments;
import jakarta.ws.rs.core.Response;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Operations basics: health, OpenAPI, security headers, error pages and problems without internals. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.academy();
    }

    @ArquillianResource URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void readinessChecksTheDatabase() throws Exception {
        HttpResponse<String> ready = get("health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\"").contains("UP");
    }

    @Test
    void openApiDescribesTheRestApi() throws Exception {
        HttpResponse<String> openapi = get("openapi");
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/me", "/api/people");
    }

    @Test
    void startPageCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> start = get("");
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'"));
        assertThat(start.headers().allValues("Content-Security-Policy"))
                .anySatisfy(csp -> assertThat(csp).contains("nonce-").doesNotContain("script-src 'self' 'unsafe-inline'"));
        assertThat(start.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(start.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(start.headers().firstValue("X-Powered-By")).isEmpty();
    }

    @Test
    void unknownPageGetsTheGermanNotFoundPage() throws Exception {
        HttpResponse<String> missing = get("gibt-es-nicht.xhtml");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Seite nicht gefunden").doesNotContain("Caused by", "at org.", "Payara Micro");
    }

    @Test
    void apiErrorsAreProblemDocuments() {
        try (Api anonymous = Api.anonymous(base); Response response = anonymous.get("api/me")) {
            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(response.getMediaType().toString()).startsWith("application/problem+json");
        }
        try (Api learner = Api.as(base, "learner"); Response response = learner.get("api/gibt-es-nicht")) {
            assertThat(response.getStatus()).isEqualTo(404);
            assertThat(response.getMediaType().toString()).startsWith("application/problem+json");
            assertThat(response.readEntity(String.class)).contains("\"status\":404");
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(Deployments.local(base).resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
