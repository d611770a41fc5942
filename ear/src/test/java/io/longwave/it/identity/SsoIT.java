package io.longwave.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.it.api.Api;
import io.longwave.it.api.Jwts;
import io.longwave.it.api.ServerOptions;
import jakarta.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Corporate SSO through MicroProfile JWT, with tokens signed by a test identity provider. */
class SsoIT {

    private static final String ISSUER = "https://idp.corp.example.com";
    private static final String AUDIENCE = "longwave-it";
    private static final Jwts IDP = new Jwts();
    private static ServerOptions options;

    static Map<String, String> ssoOptions() throws Exception {
        Path dir = Files.createTempDirectory("lw-sso");
        Map<String, String> o = new HashMap<>();
        o.put("lw.sso.issuer", ISSUER);
        o.put("lw.sso.public.key.location", IDP.writePublicKey(dir).toString());
        o.put("lw.sso.audience", AUDIENCE);
        o.put("lw.sso.admin.group", "lorawan-admins");
        return o;
    }

    @BeforeAll
    static void configure() throws Exception {
        options = ServerOptions.set(ssoOptions());
    }

    @AfterAll
    static void restore() {
        options.close();
    }

    private static Api.Reply authInfo(String token) {
        return Api.get("/api/v3/auth_info", token);
    }

    @Test
    void validTokenSignsInAndCreatesTheUserOnFirstSight() {
        String user = Api.uniqueId("sso");
        Api.Reply r = authInfo(IDP.token(ISSUER, AUDIENCE, user, List.of(), 300));
        assertEquals(200, r.status(), r.body());
        assertEquals(user, r.json().getJsonObject("sso").getJsonObject("user_ids").getString("user_id"));
        assertFalse(r.json().getBoolean("is_admin"));
        Api.Reply stored = Api.get("/api/v3/users/" + user, Api.admin());
        assertEquals(200, stored.status(), stored.body());
        assertEquals(user + "@corp.example.com", stored.json().getString("primary_email_address"));
        // The same identity later is the same user, not a second one.
        assertEquals(200, authInfo(IDP.token(ISSUER, AUDIENCE, user, List.of(), 300)).status());
    }

    @Test
    void expiredTokenIsRefused() {
        assertEquals(401, authInfo(IDP.token(ISSUER, AUDIENCE, Api.uniqueId("sso"), List.of(), -120)).status());
    }

    @Test
    void wrongIssuerIsRefused() {
        assertEquals(401, authInfo(IDP.token("https://evil.example.com", AUDIENCE, Api.uniqueId("sso"), List.of(), 300)).status());
    }

    @Test
    void wrongAudienceIsRefused() {
        assertEquals(401, authInfo(IDP.token(ISSUER, "some-other-app", Api.uniqueId("sso"), List.of(), 300)).status());
    }

    @Test
    void badSignatureIsRefused() {
        String forged = new Jwts().token(ISSUER, AUDIENCE, Api.uniqueId("sso"), List.of("lorawan-admins"), 300);
        assertEquals(401, authInfo(forged).status());
        String valid = IDP.token(ISSUER, AUDIENCE, Api.uniqueId("sso"), List.of(), 300);
        String tampered = valid.substring(0, valid.lastIndexOf('.') + 1) + "AAAA" + valid.substring(valid.lastIndexOf('.') + 5);
        assertEquals(401, authInfo(tampered).status());
    }

    @Test
    void groupsClaimMakesAnAdmin() {
        String admin = IDP.token(ISSUER, AUDIENCE, Api.uniqueId("sso-admin"), List.of("staff", "lorawan-admins"), 300);
        Api.Reply info = authInfo(admin);
        assertEquals(200, info.status(), info.body());
        assertTrue(info.json().getBoolean("is_admin"));
        assertEquals(200, Api.get("/api/v3/users", admin).status());

        String plain = IDP.token(ISSUER, AUDIENCE, Api.uniqueId("sso"), List.of("staff"), 300);
        assertEquals(403, Api.get("/api/v3/users", plain).status());
    }

    @Test
    void ssoUserNeverGetsRightsBeyondItsOwn() {
        String token = IDP.token(ISSUER, AUDIENCE, Api.uniqueId("sso"), List.of("staff"), 300);
        String other = Api.uniqueId("local");
        Api.newUser(other);
        assertEquals(404, Api.get("/api/v3/users/" + other, token).status());
        assertEquals(404, Api.post("/api/v3/users/" + other + "/api-keys", token,
                Json.createObjectBuilder().add("name", "x").add("rights", Json.createArrayBuilder().add("RIGHT_USER_INFO")).build()).status());
        // Creating a user as a non-admin is self-registration: the admin flag is ignored.
        String created = Api.uniqueId("x");
        Api.Reply r = Api.post("/api/v3/users", token, Json.createObjectBuilder().add("user",
                Json.createObjectBuilder().add("ids", Json.createObjectBuilder().add("user_id", created))
                        .add("primary_email_address", created + "@example.com").add("password", Api.PASSWORD).add("admin", true))
                .build());
        assertEquals(200, r.status(), r.body());
        assertFalse(r.json().getBoolean("admin"));
    }

    @Test
    void unknownIdentityIsRefusedWhenRegistrationIsDisabled() throws Exception {
        Map<String, String> o = ssoOptions();
        o.put("is.user-registration.enabled", "false");
        try (ServerOptions ignored = ServerOptions.set(o)) {
            assertEquals(403, authInfo(IDP.token(ISSUER, AUDIENCE, Api.uniqueId("sso"), List.of(), 300)).status());
        } finally {
            options = ServerOptions.set(ssoOptions());
        }
    }
}
