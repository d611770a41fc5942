package io.longwave.identity;

import io.longwave.identity.rights.Right;

/** The kinds of identity entities, with their names in paths, JSON identifiers and rights. */
public enum EntityKind {
    USER("user", "users", Right.Group.USER),
    ORGANIZATION("organization", "organizations", Right.Group.ORGANIZATION),
    APPLICATION("application", "applications", Right.Group.APPLICATION),
    GATEWAY("gateway", "gateways", Right.Group.GATEWAY),
    CLIENT("client", "clients", Right.Group.CLIENT);

    private final String single;
    private final String plural;
    private final Right.Group rightGroup;

    EntityKind(String single, String plural, Right.Group rightGroup) {
        this.single = single;
        this.plural = plural;
        this.rightGroup = rightGroup;
    }

    /** {@code application}: the stored entity type and the error name prefix. */
    public String single() { return single; }
    /** {@code applications}: the path segment. */
    public String plural() { return plural; }
    /** {@code application_ids}: the key of an identifier object in JSON. */
    public String idsKey() { return single + "_ids"; }
    /** {@code application_id}: the identifier field. */
    public String idField() { return single + "_id"; }
    public Right.Group rightGroup() { return rightGroup; }

    public static EntityKind ofStored(String single) {
        for (EntityKind k : values()) {
            if (k.single.equals(single)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown entity kind " + single);
    }
}
