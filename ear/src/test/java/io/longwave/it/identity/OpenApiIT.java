package io.longwave.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.it.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OpenAPI document lists every endpoint of the API, each with a summary. */
class OpenApiIT {

    private static final List<String> ENDPOINTS = List.of(
            "POST /oauth/token", "GET /api/v3/auth_info", "GET /api/v3/ns/net_id", "GET /api/v3/ns/dev_addr_prefixes",
            "POST /api/v3/users", "GET /api/v3/users", "GET /api/v3/users/{user_id}", "PUT /api/v3/users/{user_id}",
            "DELETE /api/v3/users/{user_id}", "POST /api/v3/users/{user_id}/restore", "DELETE /api/v3/users/{user_id}/purge",
            "PUT /api/v3/users/{user_id}/password", "POST /api/v3/users/{user_id}/temporary_password",
            "POST /api/v3/users/login-token",
            "POST /api/v3/contact_info/validation", "PATCH /api/v3/contact_info/validation",
            "POST /api/v3/invitations", "GET /api/v3/invitations", "DELETE /api/v3/invitations",
            "POST /api/v3/users/{user_id}/organizations", "GET /api/v3/users/{user_id}/organizations",
            "GET /api/v3/organizations", "GET /api/v3/organizations/{organization_id}",
            "PUT /api/v3/organizations/{organization_id}", "DELETE /api/v3/organizations/{organization_id}",
            "POST /api/v3/organizations/{organization_id}/restore", "DELETE /api/v3/organizations/{organization_id}/purge",
            "POST /api/v3/users/{user_id}/applications", "POST /api/v3/organizations/{organization_id}/applications",
            "GET /api/v3/users/{user_id}/applications", "GET /api/v3/organizations/{organization_id}/applications",
            "GET /api/v3/applications", "GET /api/v3/applications/{application_id}", "PUT /api/v3/applications/{application_id}",
            "DELETE /api/v3/applications/{application_id}", "POST /api/v3/applications/{application_id}/restore",
            "DELETE /api/v3/applications/{application_id}/purge", "POST /api/v3/applications/{application_id}/dev-eui",
            "POST /api/v3/users/{user_id}/gateways", "POST /api/v3/organizations/{organization_id}/gateways",
            "GET /api/v3/users/{user_id}/gateways", "GET /api/v3/organizations/{organization_id}/gateways",
            "GET /api/v3/gateways", "GET /api/v3/gateways/{gateway_id}", "PUT /api/v3/gateways/{gateway_id}",
            "DELETE /api/v3/gateways/{gateway_id}", "POST /api/v3/gateways/{gateway_id}/restore",
            "DELETE /api/v3/gateways/{gateway_id}/purge",
            "POST /api/v3/applications/{application_id}/devices", "GET /api/v3/applications/{application_id}/devices",
            "GET /api/v3/applications/{application_id}/devices/{device_id}",
            "PUT /api/v3/applications/{application_id}/devices/{device_id}",
            "DELETE /api/v3/applications/{application_id}/devices/{device_id}",
            "POST /api/v3/users/{user_id}/clients", "GET /api/v3/clients", "GET /api/v3/clients/{client_id}",
            "POST /api/v3/{entity}/{id}/api-keys", "GET /api/v3/{entity}/{id}/api-keys",
            "GET /api/v3/{entity}/{id}/api-keys/{key_id}", "PUT /api/v3/{entity}/{id}/api-keys/{key_id}",
            "DELETE /api/v3/{entity}/{id}/api-keys/{key_id}",
            "PUT /api/v3/{entity}/{id}/collaborators", "GET /api/v3/{entity}/{id}/collaborators",
            "GET /api/v3/{entity}/{id}/collaborator/user/{user_id}",
            "GET /api/v3/{entity}/{id}/collaborator/organization/{organization_id}",
            "DELETE /api/v3/{entity}/{id}/collaborators/user/{user_id}",
            "DELETE /api/v3/{entity}/{id}/collaborators/organization/{organization_id}");

    @Test
    void everyEndpointIsListedWithASummary() throws Exception {
        HttpResponse<String> r = TestServer.get(TestServer.https("/openapi"), Map.of("Accept", "application/json"));
        assertEquals(200, r.statusCode());
        JsonObject paths;
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            paths = reader.readObject().getJsonObject("paths");
        }
        List<String> missing = new ArrayList<>();
        for (String endpoint : ENDPOINTS) {
            String method = endpoint.substring(0, endpoint.indexOf(' ')).toLowerCase();
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            JsonObject item = paths.getJsonObject(path);
            if (item == null || !item.containsKey(method)) {
                missing.add(endpoint);
                continue;
            }
            assertFalse(item.getJsonObject(method).getString("summary", "").isBlank(), endpoint + " has no summary");
        }
        assertTrue(missing.isEmpty(), "not in /openapi: " + missing);
    }
}
