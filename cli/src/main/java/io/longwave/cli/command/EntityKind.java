package io.longwave.cli.command;

import io.longwave.cli.api.ApiRequest;
import java.util.List;

/** The four entities with the same API shape: collection path, JSON names and the fields read by default. */
public enum EntityKind {
    USER("users", "user", List.of("name", "description", "primary_email_address",
            "primary_email_address_validated_at", "admin", "state", "password_updated_at", "require_password_update")),
    ORGANIZATION("organizations", "organization", List.of("name", "description", "administrative_contact",
            "technical_contact")),
    APPLICATION("applications", "application", List.of("name", "description", "attributes", "dev_eui_counter")),
    GATEWAY("gateways", "gateway", List.of("name", "description", "frequency_plan_id", "frequency_plan_ids",
            "enforce_duty_cycle", "require_authenticated_connection", "antennas", "gateway_server_address",
            "status_public", "location_public"));

    private final String collection;
    private final String singular;
    private final List<String> readFields;

    EntityKind(String collection, String singular, List<String> readFields) {
        this.collection = collection;
        this.singular = singular;
        this.readFields = readFields;
    }

    /** {@code applications}: path segment and the list answer's field. */
    public String collection() {
        return collection;
    }

    /** {@code application}: the request body's field. */
    public String singular() {
        return singular;
    }

    /** {@code application_id}. */
    public String idField() {
        return singular + "_id";
    }

    /** {@code application_ids}: the identifier object's name inside other messages. */
    public String idsField() {
        return singular + "_ids";
    }

    /** {@code /api/v3/applications/<id>}. */
    public String path(String id) {
        return "/api/v3/" + collection + "/" + ApiRequest.segment(id);
    }

    /** {@code /api/v3/applications}. */
    public String collectionPath() {
        return "/api/v3/" + collection;
    }

    /** Fields asked for by get and list: the API returns only identifiers and timestamps otherwise. */
    public List<String> readFields() {
        return readFields;
    }
}
