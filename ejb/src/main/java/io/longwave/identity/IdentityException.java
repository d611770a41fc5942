package io.longwave.identity;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * A refused identity operation, in The Things Stack error shape: a gRPC code and HTTP status
 * ({@link ErrorKind}), a namespaced name, a message format and its attributes. Thrown from EJBs without
 * being wrapped, and rolling back the transaction.
 */
@ApplicationException(rollback = true)
public class IdentityException extends RuntimeException {

    private final ErrorKind kind;
    private final String name;
    private final String messageFormat;
    private final Map<String, String> attributes;

    public IdentityException(ErrorKind kind, String name, String messageFormat, Map<String, String> attributes) {
        super(format(messageFormat, attributes));
        this.kind = kind;
        this.name = name;
        this.messageFormat = messageFormat;
        this.attributes = Map.copyOf(attributes);
    }

    public ErrorKind kind() { return kind; }
    public String name() { return name; }
    public String messageFormat() { return messageFormat; }
    public Map<String, String> attributes() { return attributes; }

    /** Replaces {@code {key}} placeholders by attribute values. */
    public static String format(String messageFormat, Map<String, String> attributes) {
        String out = messageFormat;
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return out;
    }

    public static IdentityException notFound(EntityId id) {
        return new IdentityException(ErrorKind.NOT_FOUND, id.kind().single() + "_not_found",
                id.kind().single() + " `{id}` not found", Map.of("id", id.id()));
    }

    public static IdentityException permissionDenied(String missing) {
        return new IdentityException(ErrorKind.PERMISSION_DENIED, "insufficient_rights",
                "insufficient rights: needs {rights}", Map.of("rights", missing));
    }

    public static IdentityException invalid(String field, String problem) {
        return new IdentityException(ErrorKind.INVALID_ARGUMENT, "invalid_field",
                "invalid `{field}`: {problem}", Map.of("field", field, "problem", problem));
    }

    public static IdentityException alreadyExists(EntityId id) {
        return new IdentityException(ErrorKind.ALREADY_EXISTS, id.kind().single() + "_already_exists",
                id.kind().single() + " `{id}` already exists", Map.of("id", id.id()));
    }

    public static IdentityException unauthenticated(String why) {
        return new IdentityException(ErrorKind.UNAUTHENTICATED, "unauthenticated", "{why}", Map.of("why", why));
    }

    public static IdentityException precondition(String name, String message) {
        return new IdentityException(ErrorKind.FAILED_PRECONDITION, name, "{message}", Map.of("message", message));
    }

    public static IdentityException limitReached(String what, long limit) {
        return new IdentityException(ErrorKind.RESOURCE_EXHAUSTED, "limit_reached",
                "{what} limit of {limit} reached", Map.of("what", what, "limit", Long.toString(limit)));
    }
}
