package io.longwave.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The HTTP API, in The Things Stack v3 shape: {@code /api/v3/...} and the OAuth endpoints under
 * {@code /oauth}. Corporate SSO tokens are verified by MicroProfile JWT; API keys and OAuth tokens by
 * {@link io.longwave.web.api.CallerFilter}.
 */
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT")
@OpenAPIDefinition(info = @Info(title = "Longwave API", version = "v3",
        description = "LoRaWAN network server stack: entity, traffic and operations API in The Things Stack v3 shape"))
public class LongwaveApi extends Application {
}
