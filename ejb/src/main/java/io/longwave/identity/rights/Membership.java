package io.longwave.identity.rights;

import io.longwave.identity.EntityId;
import io.longwave.identity.EntityKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** A collaborator or organization member: {@code member} holds {@code rights} on {@code entity}. */
@Entity
@Table(name = "memberships")
@IdClass(Membership.Key.class)
public class Membership {

    /** The composite primary key; a plain class because JPA sets its fields reflectively. */
    public static class Key implements Serializable {
        private String entityType;
        private String entityId;
        private String memberType;
        private String memberId;

        public Key() {
        }

        public Key(String entityType, String entityId, String memberType, String memberId) {
            this.entityType = entityType;
            this.entityId = entityId;
            this.memberType = memberType;
            this.memberId = memberId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(entityType, k.entityType)
                    && java.util.Objects.equals(entityId, k.entityId) && java.util.Objects.equals(memberType, k.memberType)
                    && java.util.Objects.equals(memberId, k.memberId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(entityType, entityId, memberType, memberId);
        }
    }

    @Id
    @Column(name = "entity_type")
    private String entityType;

    @Id
    @Column(name = "entity_id")
    private String entityId;

    @Id
    @Column(name = "member_type")
    private String memberType;

    @Id
    @Column(name = "member_id")
    private String memberId;

    @Column(name = "rights", nullable = false)
    private String rights;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Membership() {
    }

    public Membership(EntityId entity, EntityId member, Set<Right> rights, Instant now) {
        this.entityType = entity.kind().single();
        this.entityId = entity.id();
        this.memberType = member.kind().single();
        this.memberId = member.id();
        this.rights = Rights.store(rights);
        this.createdAt = now;
        this.updatedAt = now;
    }

    public static Key key(EntityId entity, EntityId member) {
        return new Key(entity.kind().single(), entity.id(), member.kind().single(), member.id());
    }

    public EntityId entity() { return new EntityId(EntityKind.ofStored(entityType), entityId); }
    public EntityId member() { return new EntityId(EntityKind.ofStored(memberType), memberId); }
    public Set<Right> rights() { return Rights.load(rights); }

    public void rights(Set<Right> rights, Instant now) {
        this.rights = Rights.store(rights);
        this.updatedAt = now;
    }

    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
