package io.longwave.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The HTTP API, in The Things Stack v3 shape: {@code /api/v3/...} and the OAuth endpoints under
 * {@code /oauth}. {@link io.longwave.web.api.CallerFilter} authenticates every request.
 */
@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "Longwave API", version = "v3",
        description = "LoRaWAN network server stack: entity, traffic and operations API in The Things Stack v3 shape"))
public class LongwaveApi extends Application {
}
