package io.longwave.identity.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A pending proof that a user reads the mail of an address (table {@code contact_info_validations}). */
@Entity
@Table(name = "contact_info_validations")
public class ContactInfoValidation {

    @Id
    @Column(name = "validation_id")
    private String validationId;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Column(name = "email", nullable = false)
    private String email;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected ContactInfoValidation() {
    }

    public ContactInfoValidation(String validationId, String tokenHash, String userId, String email, Instant createdAt,
                                 Instant expiresAt) {
        this.validationId = validationId;
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.email = email;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public String validationId() { return validationId; }
    public String tokenHash() { return tokenHash; }
    public String userId() { return userId; }
    public String email() { return email; }
    public Instant createdAt() { return createdAt; }
    public Instant expiresAt() { return expiresAt; }
    public Instant usedAt() { return usedAt; }
    public void used(Instant at) { this.usedAt = at; }
}
