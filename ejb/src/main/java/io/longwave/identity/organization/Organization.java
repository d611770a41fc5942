package io.longwave.identity.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An organization (table {@code organizations}): a group of users that owns applications, gateways and clients. */
@Entity
@Table(name = "organizations")
public class Organization implements io.longwave.identity.lifecycle.SoftDeletable {

    @Id
    @Column(name = "organization_id")
    private String organizationId;

    @Column(name = "name", nullable = false)
    private String name = "";

    @Column(name = "description", nullable = false)
    private String description = "";

    @Column(name = "administrative_contact")
    private String administrativeContact;

    @Column(name = "technical_contact")
    private String technicalContact;

    @Column(name = "application_limit")
    private Integer applicationLimit;

    @Column(name = "gateway_limit")
    private Integer gatewayLimit;

    @Column(name = "client_limit")
    private Integer clientLimit;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected Organization() {
    }

    public Organization(String organizationId, Instant now) {
        this.organizationId = organizationId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String organizationId() { return organizationId; }
    public String name() { return name; }
    public void name(String name) { this.name = name; }
    public String description() { return description; }
    public void description(String description) { this.description = description; }
    public String administrativeContact() { return administrativeContact; }
    public void administrativeContact(String id) { this.administrativeContact = id; }
    public String technicalContact() { return technicalContact; }
    public void technicalContact(String id) { this.technicalContact = id; }
    public Integer applicationLimit() { return applicationLimit; }
    public void applicationLimit(Integer limit) { this.applicationLimit = limit; }
    public Integer gatewayLimit() { return gatewayLimit; }
    public void gatewayLimit(Integer limit) { this.gatewayLimit = limit; }
    public Integer clientLimit() { return clientLimit; }
    public void clientLimit(Integer limit) { this.clientLimit = limit; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant deletedAt() { return deletedAt; }
    public void delete(Instant now) { this.deletedAt = now; }
    public void restore() { this.deletedAt = null; }
    public void touch(Instant now) { this.updatedAt = now; }
}
