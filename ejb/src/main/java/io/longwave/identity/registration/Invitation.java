package io.longwave.identity.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An invitation to register, sent to an e-mail address by a user (table {@code invitations}). */
@Entity
@Table(name = "invitations")
public class Invitation {

    @Id
    @Column(name = "email")
    private String email;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "inviter_user_id", nullable = false)
    private String inviterUserId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_by_user_id")
    private String acceptedByUserId;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    protected Invitation() {
    }

    public Invitation(String email, String tokenHash, String inviterUserId, Instant createdAt, Instant expiresAt) {
        this.email = email;
        this.tokenHash = tokenHash;
        this.inviterUserId = inviterUserId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public String email() { return email; }
    public String tokenHash() { return tokenHash; }
    public String inviterUserId() { return inviterUserId; }
    public Instant createdAt() { return createdAt; }
    public Instant expiresAt() { return expiresAt; }
    public String acceptedByUserId() { return acceptedByUserId; }
    public Instant acceptedAt() { return acceptedAt; }

    public void accept(String userId, Instant at) {
        this.acceptedByUserId = userId;
        this.acceptedAt = at;
    }
}
