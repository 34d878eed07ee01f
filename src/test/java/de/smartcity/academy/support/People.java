package de.smartcity.academy.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.net.URL;
import java.util.UUID;

/** Test data through the admin API: new people with a login, unique per call. */
public final class People {

    public static final String PASSWORD = "right-password-123";

    private People() {}

    /** Creates a person in the admin's root organisation with a login; returns the user name. */
    public static String newAccount(URL base, String role) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        try (Api admin = Api.as(base, "admin")) {
            long organisation = admin.getJson("api/organisations").getJsonNumber("id").longValue();
            long id;
            try (Response created = admin.postJson("api/people", "{\"givenName\":\"Test\",\"familyName\":\"Person "
                    + tag + "\",\"email\":\"test." + tag + "@example.org\",\"organisationId\":" + organisation
                    + ",\"language\":\"de\"}")) {
                assertThat(created.getStatus()).isEqualTo(201);
                id = created.readEntity(JsonObject.class).getJsonNumber("id").longValue();
            }
            String username = "test-" + tag;
            try (Response granted = admin.putJson("api/people/" + id + "/account", "{\"roles\":[\"" + role + "\"],"
                    + "\"username\":\"" + username + "\",\"initialPassword\":\"" + PASSWORD + "\"}")) {
                assertThat(granted.getStatus()).isEqualTo(200);
            }
            return username;
        }
    }
}
