package io.longwave.identity.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user of the stack (table {@code users}). */
@Entity
@Table(name = "users")
public class UserAccount implements io.longwave.identity.lifecycle.SoftDeletable {

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

    @Column(name = "description", nullable = false)
    private String description = "";

    @Column(name = "primary_email_address_validated_at")
    private Instant primaryEmailAddressValidatedAt;

    @Column(name = "require_password_update", nullable = false)
    private boolean requirePasswordUpdate;

    @Column(name = "temporary_password_hash")
    private String temporaryPasswordHash;

    @Column(name = "temporary_password_expires_at")
    private Instant temporaryPasswordExpiresAt;

    @Column(name = "sso_subject")
    private String ssoSubject;

    @Column(name = "application_limit")
    private Integer applicationLimit;

    @Column(name = "gateway_limit")
    private Integer gatewayLimit;

    @Column(name = "client_limit")
    private Integer clientLimit;

    @Column(name = "organization_limit")
    private Integer organizationLimit;

    public static final String STATE_APPROVED = "STATE_APPROVED";
    public static final String STATE_REQUESTED = "STATE_REQUESTED";
    /** The states of The Things Stack's State enum that a user may be put in. */
    public static final java.util.List<String> STATES = java.util.List.of(
            STATE_REQUESTED, STATE_APPROVED, "STATE_REJECTED", "STATE_FLAGGED", "STATE_SUSPENDED");

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

    public void delete(Instant now) {
        this.deletedAt = now;
    }

    public Instant passwordUpdatedAt() { return passwordUpdatedAt; }
    public String description() { return description; }
    public void description(String description) { this.description = description; }
    public Instant primaryEmailAddressValidatedAt() { return primaryEmailAddressValidatedAt; }
    public void primaryEmailAddressValidatedAt(Instant at) { this.primaryEmailAddressValidatedAt = at; }
    public boolean requirePasswordUpdate() { return requirePasswordUpdate; }
    public void requirePasswordUpdate(boolean value) { this.requirePasswordUpdate = value; }
    public String temporaryPasswordHash() { return temporaryPasswordHash; }
    public Instant temporaryPasswordExpiresAt() { return temporaryPasswordExpiresAt; }

    public void temporaryPassword(String hash, Instant expiresAt) {
        this.temporaryPasswordHash = hash;
        this.temporaryPasswordExpiresAt = expiresAt;
    }

    public String ssoSubject() { return ssoSubject; }
    public void ssoSubject(String subject) { this.ssoSubject = subject; }
    public Integer applicationLimit() { return applicationLimit; }
    public void applicationLimit(Integer limit) { this.applicationLimit = limit; }
    public Integer gatewayLimit() { return gatewayLimit; }
    public void gatewayLimit(Integer limit) { this.gatewayLimit = limit; }
    public Integer clientLimit() { return clientLimit; }
    public void clientLimit(Integer limit) { this.clientLimit = limit; }
    public Integer organizationLimit() { return organizationLimit; }
    public void organizationLimit(Integer limit) { this.organizationLimit = limit; }

    /** The limits of {@code is.user-limits.*} that a new user starts with. */
    public void initialLimits(io.longwave.identity.options.IdentityOptions.Limits limits) {
        this.applicationLimit = io.longwave.identity.organization.StoredLimits.initial(limits.userApplications());
        this.gatewayLimit = io.longwave.identity.organization.StoredLimits.initial(limits.userGateways());
        this.clientLimit = io.longwave.identity.organization.StoredLimits.initial(limits.userClients());
        this.organizationLimit = io.longwave.identity.organization.StoredLimits.initial(limits.userOrganizations());
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }
}
