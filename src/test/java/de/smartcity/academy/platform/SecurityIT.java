package de.smartcity.academy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.academy.support.Api;
import de.smartcity.academy.support.Browser;
import de.smartcity.academy.support.Deployments;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Hardening that a municipal IT security officer checks (BSI APP.3.1, OWASP ASVS 2): response
 * headers on pages and API, a new session id and form token at login, the common-password list, and the
 * accessibility feedback form that works without login but not without the form's tokens.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.academy();
    }

    @ArquillianResource URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pagesHaveOneScriptPolicyWithANonceAndNoInlineScripts() throws Exception {
        for (String page : List.of("", "login.xhtml", "barrierefreiheit.xhtml", "gibt-es-nicht.xhtml")) {
            HttpResponse<String> response = get(page);
            List<String> policies = response.headers().allValues("Content-Security-Policy");
            assertThat(policies).as(page).hasSize(1);
            assertThat(scriptSources(policies.get(0))).as(page).contains("'self'", "'nonce-").doesNotContain("unsafe");
            assertThat(policies.get(0)).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'",
                    "base-uri 'self'", "form-action 'self'");
            assertCommonHeaders(response);
        }
    }

    @Test
    void apiAndStaticResponsesForbidScriptsOtherThanOwnFiles() throws Exception {
        for (String path : List.of("api/me", "error/bad-request.html", "jakarta.faces.resource/academy.css.xhtml?ln=academy")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(Deployments.local(base).resolve(path))
                    .header("Authorization", "Basic bGVhcm5lcjphY2FkZW15LWRlbW8=").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            List<String> policies = response.headers().allValues("Content-Security-Policy");
            assertThat(policies).as(path).hasSize(1);
            assertThat(scriptSources(policies.get(0))).as(path).isEqualTo("'self'");
            assertCommonHeaders(response);
        }
    }

    @Test
    void noStrictTransportSecurityOverPlainHttp() throws Exception {
        assertThat(get("").headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void theSessionIdChangesAtLoginAndTheOldOneIsWorthless() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.go("login.xhtml");
            browser.find(By.id("login:username"));
            String before = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            browser.login("learner", Api.DEMO_PASSWORD);
            browser.waitForUrl("learner/index.xhtml");
            String after = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            assertThat(after).isNotEqualTo(before);
            assertThat(withSession("learner/index.xhtml", after).statusCode()).isEqualTo(200);
            HttpResponse<String> fixated = withSession("learner/index.xhtml", before);
            assertThat(fixated.statusCode()).isEqualTo(302);
            assertThat(fixated.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml"));
        }
    }

    @Test
    void aStatelessPageTakesOnlyFormsWithTheFormTokenOfTheLoggedInSession() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.go("login.xhtml");
            String beforeLogin = browser.present(By.name("academy.formToken")).getAttribute("value");
            browser.login("learner", Api.DEMO_PASSWORD);
            browser.waitForUrl("learner/index.xhtml");
            assertThat(browser.present(By.name("jakarta.faces.ViewState")).getAttribute("value"))
                    .as("the dashboard keeps no view state").isEqualTo("stateless");
            String token = browser.present(By.name("academy.formToken")).getAttribute("value");
            assertThat(token).hasSizeGreaterThan(40).isNotEqualTo(beforeLogin);
            // every cookie of the browser: the distributable session also has its JSESSIONIDVERSION
            String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                    .collect(java.util.stream.Collectors.joining("; "));

            for (String forged : List.of("", "academy.formToken=" + beforeLogin, "academy.formToken=" + token + "x")) {
                assertThat(switchLanguage(cookies, forged).statusCode()).as(forged).isEqualTo(400);
            }
            assertThat(withCookies("learner/index.xhtml", cookies).body()).as("nothing switched").contains("lang=\"de\"");

            assertThat(switchLanguage(cookies, "academy.formToken=" + token).statusCode()).isEqualTo(302);
            assertThat(withCookies("learner/index.xhtml", cookies).body()).contains("lang=\"en\"");
        }
    }

    @Test
    void aCommonPasswordIsRefusedWithAGermanMessage() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        try (Api admin = Api.as(base, "admin")) {
            long organisation = admin.getJson("api/organisations").getJsonNumber("id").longValue();
            long id;
            try (Response created = admin.postJson("api/people", "{\"givenName\":\"Paula\",\"familyName\":\"Passwort "
                    + tag + "\",\"email\":\"p." + tag + "@example.org\",\"organisationId\":" + organisation
                    + ",\"language\":\"de\"}")) {
                id = created.readEntity(JsonObject.class).getJsonNumber("id").longValue();
            }
            try (Response refused = admin.putJson("api/people/" + id + "/account", "{\"roles\":[\"LEARNER\"],"
                    + "\"username\":\"p-" + tag + "\",\"initialPassword\":\"Passwort2026!\"}")) {
                assertThat(refused.getStatus()).isEqualTo(400);
                assertThat(refused.readEntity(String.class)).contains("password", "zu bekannt");
            }
        }
    }

    private static String scriptSources(String policy) {
        return java.util.Arrays.stream(policy.split(";")).map(String::strip).filter(d -> d.startsWith("script-src "))
                .findFirst().orElseThrow().substring("script-src ".length()).strip();
    }

    private static void assertCommonHeaders(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(Deployments.local(base).resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The language switch of the dashboard's header, posted with the given extra form field. */
    private HttpResponse<String> switchLanguage(String cookies, String extraField) throws Exception {
        String form = "sessionForm=sessionForm&sessionForm%3AlanguageSwitch=English&jakarta.faces.ViewState=stateless&"
                + extraField;
        return http.send(HttpRequest.newBuilder(Deployments.local(base).resolve("learner/index.xhtml"))
                .header("Cookie", cookies).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> withSession(String path, String sessionId) throws Exception {
        return withCookies(path, "JSESSIONID=" + sessionId);
    }

    private HttpResponse<String> withCookies(String path, String cookies) throws Exception {
        return http.send(HttpRequest.newBuilder(Deployments.local(base).resolve(path))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofString());
    }
}
