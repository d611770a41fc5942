package io.longwave.identity;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Whether an identity entity exists, and whether it is soft-deleted, whatever its kind. */
@Stateless
public class EntityDirectory {

    /** The state of an entity row. */
    public enum Presence { ABSENT, LIVE, DELETED }

    @PersistenceContext(unitName = "longwave")
    private EntityManager em;

    public Presence presence(EntityId id) {
        String table = switch (id.kind()) {
            case USER -> "users";
            case ORGANIZATION -> "organizations";
            case APPLICATION -> "applications";
            case GATEWAY -> "gateways";
            case CLIENT -> "oauth_clients";
        };
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT deleted_at IS NOT NULL FROM " + table
                + " WHERE " + id.kind().idField() + " = ?1").setParameter(1, id.id()).getResultList();
        if (rows.isEmpty()) {
            return Presence.ABSENT;
        }
        return Boolean.TRUE.equals(rows.get(0)) ? Presence.DELETED : Presence.LIVE;
    }

    /** True when the ID is taken by a live or soft-deleted entity of any kind that shares the ID space. */
    public boolean taken(EntityId id) {
        if (id.kind() == EntityKind.USER || id.kind() == EntityKind.ORGANIZATION) {
            // Users and organizations share one namespace, as in The Things Stack.
            return presence(EntityId.user(id.id())) != Presence.ABSENT
                    || presence(EntityId.organization(id.id())) != Presence.ABSENT;
        }
        return presence(id) != Presence.ABSENT;
    }
}
