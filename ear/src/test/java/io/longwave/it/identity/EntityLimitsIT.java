package io.longwave.it.identity;

import static io.longwave.it.identity.OrganizationIT.assertStatus;
import static io.longwave.it.identity.OrganizationIT.body;
import static io.longwave.it.identity.OrganizationIT.update;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.it.api.Api;
import io.longwave.it.api.Api.Reply;
import io.longwave.it.api.ServerOptions;
import io.longwave.it.identity.OrganizationIT.User;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** {@code is.user-limits.*}, {@code is.organization-limits.*}, {@code is.application-limits.end-devices}: stored at creation, raised by admins. */
class EntityLimitsIT {

    @AfterAll
    static void purgeTestClients() throws SQLException {
        ClientIT.purgeTestClients();
    }

    @Test
    void userLimitsAreStoredOnNewUsersAndEnforced() {
        User user;
        try (var o = ServerOptions.set(Map.of("is.user-limits.applications", "1", "is.user-limits.gateways", "1",
                "is.user-limits.organizations", "1", "is.user-limits.clients", "1"))) {
            user = User.create("limited");
        }
        // The limits stay with the user after the options are back to unlimited.
        String base = "/api/v3/users/" + user.id();
        assertStatus(200, Api.post(base + "/applications", user.token(), body("application", Api.uniqueId("app"), "")));
        Reply second = Api.post(base + "/applications", user.token(), body("application", Api.uniqueId("app"), ""));
        assertStatus(429, second);
        assertEquals(8, second.json().getInt("code"));
        assertStatus(200, Api.post(base + "/gateways", user.token(), body("gateway", Api.uniqueId("gw"), "")));
        assertStatus(429, Api.post(base + "/gateways", user.token(), body("gateway", Api.uniqueId("gw"), "")));
        assertStatus(200, Api.post(base + "/organizations", user.token(), body("organization", Api.uniqueId("org"), "")));
        assertStatus(429, Api.post(base + "/organizations", user.token(), body("organization", Api.uniqueId("org"), "")));
        assertStatus(200, Api.post(base + "/clients", user.token(), ClientIT.client(Api.uniqueId("client"))));
        assertStatus(429, Api.post(base + "/clients", user.token(), ClientIT.client(Api.uniqueId("client"))));

        assertStatus(200, Api.put("/api/v3/users/" + user.id(), Api.admin(), update("user", "\"application_limit\":2", "application_limit")));
        assertStatus(200, Api.post(base + "/applications", user.token(), body("application", Api.uniqueId("app"), "")));
        assertStatus(429, Api.post(base + "/applications", user.token(), body("application", Api.uniqueId("app"), "")));
    }

    @Test
    void organizationLimitsAreStoredOnNewOrganizationsAndEnforced() {
        User owner = User.create("org-limited");
        String org;
        try (var o = ServerOptions.set(Map.of("is.organization-limits.applications", "1", "is.organization-limits.gateways", "0"))) {
            org = OrganizationIT.createOrganization(owner);
        }
        String base = "/api/v3/organizations/" + org;
        assertEquals(1, Api.get(base, owner.token()).json().getInt("application_limit"));
        assertStatus(200, Api.post(base + "/applications", owner.token(), body("application", Api.uniqueId("app"), "")));
        assertStatus(429, Api.post(base + "/applications", owner.token(), body("application", Api.uniqueId("app"), "")));
        assertStatus(429, Api.post(base + "/gateways", owner.token(), body("gateway", Api.uniqueId("gw"), "")));
        // The user's own account is not bound by the organization's limits.
        assertStatus(200, Api.post("/api/v3/users/" + owner.id() + "/applications", owner.token(), body("application", Api.uniqueId("app"), "")));

        assertStatus(403, Api.put(base, owner.token(), update("organization", "\"gateway_limit\":1", "gateway_limit")));
        assertStatus(200, Api.put(base, Api.admin(), update("organization", "\"gateway_limit\":1", "gateway_limit")));
        assertStatus(200, Api.post(base + "/gateways", owner.token(), body("gateway", Api.uniqueId("gw"), "")));
    }

    @Test
    void endDeviceLimitIsStoredOnNewApplicationsAndEnforced() {
        User owner = User.create("dev-limited");
        String app;
        try (var o = ServerOptions.set(Map.of("is.application-limits.end-devices", "1"))) {
            app = ApplicationIT.createApplication(owner);
        }
        String devices = "/api/v3/applications/" + app + "/devices";
        assertEquals(1, Api.get("/api/v3/applications/" + app, owner.token()).json().getInt("end_device_limit"));
        assertStatus(200, Api.post(devices, owner.token(), EndDeviceIT.device("d1", GatewayIT.randomEui(), GatewayIT.randomEui(), "")));
        assertStatus(429, Api.post(devices, owner.token(), EndDeviceIT.device("d2", GatewayIT.randomEui(), GatewayIT.randomEui(), "")));
        assertStatus(403, Api.put("/api/v3/applications/" + app, owner.token(), update("application", "\"end_device_limit\":2", "end_device_limit")));
        assertStatus(200, Api.put("/api/v3/applications/" + app, Api.admin(), update("application", "\"end_device_limit\":2", "end_device_limit")));
        assertStatus(200, Api.post(devices, owner.token(), EndDeviceIT.device("d2", GatewayIT.randomEui(), GatewayIT.randomEui(), "")));
        assertStatus(429, Api.post(devices, owner.token(), EndDeviceIT.device("d3", GatewayIT.randomEui(), GatewayIT.randomEui(), "")));
    }
}
