package io.longwave.identity.auth;

import io.longwave.identity.EntityId;
import io.longwave.identity.EntityKind;
import io.longwave.identity.rights.Right;
import io.longwave.identity.rights.Rights;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;

/** An API key of a user, organization, application or gateway (table {@code api_keys}); only its hash is kept. */
@Entity
@Table(name = "api_keys")
public class ApiKey {

    @Id
    @Column(name = "key_id")
    private String keyId;

    @Column(name = "entity_type", nullable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false)
    private String entityId;

    @Column(name = "name", nullable = false)
    private String name = "";

    @Column(name = "key_hash", nullable = false)
    private String keyHash;

    @Column(name = "rights", nullable = false)
    private String rights;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected ApiKey() {
    }

    public ApiKey(SecretToken token, EntityId owner, Instant now) {
        this.keyId = token.id();
        this.keyHash = token.secretHash();
        this.entityType = owner.kind().single();
        this.entityId = owner.id();
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String keyId() { return keyId; }
    public EntityId owner() { return new EntityId(EntityKind.ofStored(entityType), entityId); }
    public String name() { return name; }
    public void name(String name) { this.name = name; }
    public String keyHash() { return keyHash; }
    public Set<Right> rights() { return Rights.load(rights); }
    public void rights(Set<Right> rights) { this.rights = Rights.store(rights); }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant expiresAt() { return expiresAt; }
    public void expiresAt(Instant expiresAt) { this.expiresAt = expiresAt; }
    public void touch(Instant now) { this.updatedAt = now; }

    public boolean expired(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }
}
