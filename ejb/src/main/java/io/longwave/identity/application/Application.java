package io.longwave.identity.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An application (table {@code applications}): the end devices of one use case and their settings. */
@Entity
@Table(name = "applications")
public class Application implements io.longwave.identity.lifecycle.SoftDeletable {

    @Id
    @Column(name = "application_id")
    private String applicationId;

    @Column(name = "name", nullable = false)
    private String name = "";

    @Column(name = "description", nullable = false)
    private String description = "";

    @Column(name = "attributes", nullable = false)
    private String attributes = "{}";

    @Column(name = "network_server_address", nullable = false)
    private String networkServerAddress = "";

    @Column(name = "application_server_address", nullable = false)
    private String applicationServerAddress = "";

    @Column(name = "join_server_address", nullable = false)
    private String joinServerAddress = "";

    @Column(name = "end_device_limit")
    private Integer endDeviceLimit;

    @Column(name = "dev_eui_counter", nullable = false)
    private int devEuiCounter;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected Application() {
    }

    public Application(String applicationId, Instant now) {
        this.applicationId = applicationId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String applicationId() { return applicationId; }
    public String name() { return name; }
    public void name(String name) { this.name = name; }
    public String description() { return description; }
    public void description(String description) { this.description = description; }
    public String attributes() { return attributes; }
    public void attributes(String attributes) { this.attributes = attributes; }
    public String networkServerAddress() { return networkServerAddress; }
    public void networkServerAddress(String address) { this.networkServerAddress = address; }
    public String applicationServerAddress() { return applicationServerAddress; }
    public void applicationServerAddress(String address) { this.applicationServerAddress = address; }
    public String joinServerAddress() { return joinServerAddress; }
    public void joinServerAddress(String address) { this.joinServerAddress = address; }
    public Integer endDeviceLimit() { return endDeviceLimit; }
    public void endDeviceLimit(Integer limit) { this.endDeviceLimit = limit; }
    public int devEuiCounter() { return devEuiCounter; }
    public void devEuiIssued() { this.devEuiCounter++; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant deletedAt() { return deletedAt; }
    public void delete(Instant now) { this.deletedAt = now; }
    public void restore() { this.deletedAt = null; }
    public void touch(Instant now) { this.updatedAt = now; }
}
