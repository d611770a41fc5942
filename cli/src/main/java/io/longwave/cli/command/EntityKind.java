package io.longwave.cli.command;

import io.longwave.cli.api.ApiRequest;

/** The four entities with the same API shape: collection path and JSON names. */
public enum EntityKind {
    USER("users", "user"),
    ORGANIZATION("organizations", "organization"),
    APPLICATION("applications", "application"),
    GATEWAY("gateways", "gateway");

    private final String collection;
    private final String singular;
    EntityKind(String collection, String singular) {
        this.collection = collection;
        this.singular = singular;
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
}
