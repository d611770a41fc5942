package io.longwave.identity;

/** One identity entity: its kind and ID. */
public record EntityId(EntityKind kind, String id) {

    public static EntityId user(String id) { return new EntityId(EntityKind.USER, id); }
    public static EntityId organization(String id) { return new EntityId(EntityKind.ORGANIZATION, id); }
    public static EntityId application(String id) { return new EntityId(EntityKind.APPLICATION, id); }
    public static EntityId gateway(String id) { return new EntityId(EntityKind.GATEWAY, id); }
    public static EntityId client(String id) { return new EntityId(EntityKind.CLIENT, id); }

    @Override
    public String toString() {
        return kind.single() + ":" + id;
    }
}
