package io.longwave.web.oauth;

import io.longwave.platform.json.Jsonp;
import io.longwave.identity.auth.OAuthError;
import io.longwave.identity.auth.TokenGrant;
import io.longwave.identity.auth.TokenIssuer;
import io.longwave.identity.registration.LoginTokens;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The OAuth 2.0 token endpoint for the {@code console} and {@code cli} clients ({@code POST /oauth/token},
 * RFC 6749): password, refresh-token and login-token grants. Errors use RFC 6749's shape.
 */
@Path("/oauth/token")
@Tag(name = "OAuth")
public class OAuthTokenResource {

    @Inject
    TokenIssuer issuer;

    @Inject
    LoginTokens loginTokens;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue an access and refresh token")
    public Response token(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                          @FormParam("grant_type") String grantType,
                          @FormParam("client_id") String formClientId,
                          @FormParam("client_secret") String formClientSecret,
                          @FormParam("username") String username,
                          @FormParam("password") String password,
                          @FormParam("refresh_token") String refreshToken,
                          @FormParam("login_token") String loginToken) {
        try {
            ClientCredentials client = ClientCredentials.of(authorization, formClientId, formClientSecret);
            TokenGrant grant = switch (grantType == null ? "" : grantType) {
                case "password" -> issuer.password(client.id(), client.secret(), username, password);
                case "refresh_token" -> issuer.refresh(client.id(), client.secret(), refreshToken);
                case "login_token" -> loginTokens.exchange(client.id(), client.secret(), loginToken);
                default -> throw new OAuthError("unsupported_grant_type",
                        "grant_type must be password, refresh_token or login_token", 400);
            };
            return Response.ok(Jsonp.createObjectBuilder()
                            .add("access_token", grant.accessToken())
                            .add("token_type", "bearer")
                            .add("expires_in", grant.expiresInSeconds())
                            .add("refresh_token", grant.refreshToken())
                            .build())
                    .header("Cache-Control", "no-store").build();
        } catch (OAuthError e) {
            return error(e);
        } catch (EJBException e) {
            if (e.getCause() instanceof OAuthError oe) {
                return error(oe);
            }
            throw e;
        }
    }

    private static Response error(OAuthError e) {
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON)
                .entity(Jsonp.createObjectBuilder().add("error", e.error()).add("error_description", e.getMessage()).build())
                .build();
    }

    /** Client ID and secret from HTTP Basic (preferred by RFC 6749) or from the form. */
    record ClientCredentials(String id, String secret) {
        static ClientCredentials of(String authorization, String formId, String formSecret) {
            if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                String decoded;
                try {
                    decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    throw new OAuthError("invalid_client", "malformed Basic client credentials", 401);
                }
                int colon = decoded.indexOf(':');
                return colon < 0 ? new ClientCredentials(decoded, null)
                        : new ClientCredentials(decoded.substring(0, colon), decoded.substring(colon + 1));
            }
            return new ClientCredentials(formId, formSecret);
        }
    }
}
