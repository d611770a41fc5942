package io.longwave.identity.auth;

import io.longwave.identity.rights.Right;
import io.longwave.identity.rights.Rights;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;

/** An OAuth access/refresh token pair issued to a user through a client (table {@code oauth_tokens}). */
@Entity
@Table(name = "oauth_tokens")
public class OAuthToken {

    @Id
    @Column(name = "token_id")
    private String tokenId;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Column(name = "client_id", nullable = false)
    private String clientId;

    @Column(name = "access_hash", nullable = false)
    private String accessHash;

    @Column(name = "refresh_hash", nullable = false)
    private String refreshHash;

    @Column(name = "rights", nullable = false)
    private String rights;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "access_expires_at", nullable = false)
    private Instant accessExpiresAt;

    @Column(name = "refresh_expires_at", nullable = false)
    private Instant refreshExpiresAt;

    protected OAuthToken() {
    }

    public OAuthToken(SecretToken access, SecretToken refresh, String userId, String clientId, Set<Right> rights,
                      Instant now, Instant accessExpiresAt, Instant refreshExpiresAt) {
        this.tokenId = access.id();
        this.accessHash = access.secretHash();
        this.refreshHash = refresh.secretHash();
        this.userId = userId;
        this.clientId = clientId;
        this.rights = Rights.store(rights);
        this.createdAt = now;
        this.accessExpiresAt = accessExpiresAt;
        this.refreshExpiresAt = refreshExpiresAt;
    }

    public String tokenId() { return tokenId; }
    public String userId() { return userId; }
    public String clientId() { return clientId; }
    public String accessHash() { return accessHash; }
    public String refreshHash() { return refreshHash; }
    public Set<Right> rights() { return Rights.load(rights); }
    public Instant createdAt() { return createdAt; }
    public Instant accessExpiresAt() { return accessExpiresAt; }
    public Instant refreshExpiresAt() { return refreshExpiresAt; }
}
