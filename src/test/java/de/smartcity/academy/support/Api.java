package de.smartcity.academy.support;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small REST client for the academy's API, calling as one of the demo accounts (or anonymous). */
public final class Api implements AutoCloseable {

    public static final String DEMO_PASSWORD = "academy-demo";

    private final Client client = ClientBuilder.newClient();
    private final URI base;
    private final String authorization;

    private Api(URL base, String username, String password) {
        this.base = Deployments.local(base);
        this.authorization = username == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static Api as(URL base, String username) {
        return new Api(base, username, DEMO_PASSWORD);
    }

    public static Api as(URL base, String username, String password) {
        return new Api(base, username, password);
    }

    public static Api anonymous(URL base) {
        return new Api(base, null, null);
    }

    public Invocation.Builder request(String path) {
        Invocation.Builder request = client.target(base.resolve(path)).request(MediaType.APPLICATION_JSON_TYPE,
                MediaType.valueOf("application/problem+json"));
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    public Response get(String path) {
        return request(path).get();
    }

    public JsonObject getJson(String path) {
        try (Response response = get(path)) {
            if (response.getStatus() != 200) {
                throw new AssertionError("GET " + path + " -> " + response.getStatus() + " " + response.readEntity(String.class));
            }
            return response.readEntity(JsonObject.class);
        }
    }

    public Response postJson(String path, String json) {
        return request(path).post(Entity.entity(json, MediaType.APPLICATION_JSON_TYPE));
    }

    public Response putJson(String path, String json) {
        return request(path).put(Entity.entity(json, MediaType.APPLICATION_JSON_TYPE));
    }

    public Response post(String path, String body, String mediaType) {
        return request(path).post(Entity.entity(body, mediaType));
    }

    @Override
    public void close() {
        client.close();
    }
}
