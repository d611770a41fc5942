package io.longwave.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user of the stack (table {@code users}). */
@Entity
@Table(name = "users")
public class UserAccount {

    @Id
    @Column(name = "user_id")
    private String userId;

    @Column(name = "name", nullable = false)
    private String name = "";

    @Column(name = "primary_email_address", nullable = false)
    private String primaryEmailAddress;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "password_updated_at", nullable = false)
    private Instant passwordUpdatedAt;

    @Column(name = "admin", nullable = false)
    private boolean admin;

    @Column(name = "state", nullable = false)
    private String state = "STATE_APPROVED";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected UserAccount() {
    }

    public UserAccount(String userId, Instant now) {
        this.userId = userId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String userId() { return userId; }
    public String name() { return name; }
    public void name(String name) { this.name = name; }
    public String primaryEmailAddress() { return primaryEmailAddress; }
    public void primaryEmailAddress(String email) { this.primaryEmailAddress = email; }
    public String passwordHash() { return passwordHash; }
    public boolean admin() { return admin; }
    public void admin(boolean admin) { this.admin = admin; }
    public String state() { return state; }
    public void state(String state) { this.state = state; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant deletedAt() { return deletedAt; }

    public void password(String hash, Instant now) {
        this.passwordHash = hash;
        this.passwordUpdatedAt = now;
    }

    public void restore() {
        this.deletedAt = null;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }
}
