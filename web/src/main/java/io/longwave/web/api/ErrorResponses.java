package io.longwave.web.api;

import io.longwave.platform.json.Jsonp;
import io.longwave.identity.ErrorKind;
import io.longwave.identity.IdentityException;
import jakarta.json.JsonObject;
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
        return Response.status(kind.httpStatus()).type(MediaType.APPLICATION_JSON)
                .entity(body(kind, name, messageFormat, attributes)).build();
    }

    /** The error body alone, for endpoints outside JAX-RS. */
    public static JsonObject body(IdentityException e) {
        return body(e.kind(), e.name(), e.messageFormat(), e.attributes());
    }

    private static JsonObject body(ErrorKind kind, String name, String messageFormat, Map<String, String> attributes) {
        JsonObjectBuilder attrs = Jsonp.createObjectBuilder();
        attributes.forEach(attrs::add);
        String text = IdentityException.format(messageFormat, attributes);
        JsonObjectBuilder body = Jsonp.createObjectBuilder()
                .add("code", kind.grpcCode())
                .add("message", "error:" + NAMESPACE + ":" + name + " (" + text + ")")
                .add("details", Jsonp.createArrayBuilder().add(Jsonp.createObjectBuilder()
                        .add("@type", "type.googleapis.com/ttn.lorawan.v3.ErrorDetails")
                        .add("namespace", NAMESPACE)
                        .add("name", name)
                        .add("message_format", messageFormat)
                        .add("attributes", attrs)
                        .add("correlation_id", UUID.randomUUID().toString().replace("-", ""))
                        .add("code", kind.grpcCode())));
        return body.build();
    }
}
