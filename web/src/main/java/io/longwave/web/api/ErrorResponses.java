package io.longwave.web.api;

import io.longwave.identity.ErrorKind;
import io.longwave.identity.IdentityException;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;

/**
 * Errors in The Things Stack shape: {@code {"code":5,"message":"error:pkg/identityserver:application_not_found
 * (application `x` not found)","details":[{namespace,name,message_format,attributes,correlation_id}]}}.
 */
public final class ErrorResponses {

    static final String NAMESPACE = "pkg/identityserver";

    private ErrorResponses() {
    }

    public static Response of(IdentityException e) {
        return of(e.kind(), e.name(), e.messageFormat(), e.attributes());
    }

    public static Response of(ErrorKind kind, String name, String messageFormat, Map<String, String> attributes) {
        JsonObjectBuilder attrs = Json.createObjectBuilder();
        attributes.forEach(attrs::add);
        String text = IdentityException.format(messageFormat, attributes);
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("code", kind.grpcCode())
                .add("message", "error:" + NAMESPACE + ":" + name + " (" + text + ")")
                .add("details", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("@type", "type.googleapis.com/ttn.lorawan.v3.ErrorDetails")
                        .add("namespace", NAMESPACE)
                        .add("name", name)
                        .add("message_format", messageFormat)
                        .add("attributes", attrs)
                        .add("correlation_id", UUID.randomUUID().toString().replace("-", ""))
                        .add("code", kind.grpcCode())));
        return Response.status(kind.httpStatus()).type(MediaType.APPLICATION_JSON).entity(body.build()).build();
    }
}
