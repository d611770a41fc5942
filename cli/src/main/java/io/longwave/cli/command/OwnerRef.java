package io.longwave.cli.command;

/** A user or organization that owns (or collaborates on) other entities. */
public record OwnerRef(EntityKind kind, String id) {

    public OwnerRef {
        if (kind != EntityKind.USER && kind != EntityKind.ORGANIZATION) {
            throw new IllegalArgumentException("only users and organizations own entities");
        }
    }

    /** {@code /api/v3/users/<id>/applications}. */
    public String collectionPath(EntityKind owned) {
        return kind.path(id) + "/" + owned.collection();
    }

    /** {@code {"user_ids":{"user_id":"<id>"}}} as collaborators are identified. */
    public MaskedObject ids(String prefix) {
        return new MaskedObject().fixed(prefix + kind.idsField() + "." + kind.idField(), id);
    }

    @Override
    public String toString() {
        return kind.singular() + " " + id;
    }
}
