package io.longwave.identity.device;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The Identity Server's part of an end device (table {@code end_devices}): identifiers, metadata, cluster addresses. */
@Entity
@Table(name = "end_devices")
@IdClass(EndDevice.Key.class)
public class EndDevice {

    /** The composite primary key; a plain class because JPA sets its fields reflectively. */
    public static class Key implements Serializable {
        private String applicationId;
        private String deviceId;

        public Key() {
        }

        public Key(String applicationId, String deviceId) {
            this.applicationId = applicationId;
            this.deviceId = deviceId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(applicationId, k.applicationId) && Objects.equals(deviceId, k.deviceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(applicationId, deviceId);
        }
    }

    @Id
    @Column(name = "application_id")
    private String applicationId;

    @Id
    @Column(name = "device_id")
    private String deviceId;

    @Column(name = "dev_eui")
    private String devEui;

    @Column(name = "join_eui")
    private String joinEui;

    @Column(name = "name", nullable = false)
    private String name = "";

    @Column(name = "description", nullable = false)
    private String description = "";

    @Column(name = "attributes", nullable = false)
    private String attributes = "{}";

    @Column(name = "version_ids", nullable = false)
    private String versionIds = "{}";

    @Column(name = "network_server_address", nullable = false)
    private String networkServerAddress = "";

    @Column(name = "application_server_address", nullable = false)
    private String applicationServerAddress = "";

    @Column(name = "join_server_address", nullable = false)
    private String joinServerAddress = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected EndDevice() {
    }

    public EndDevice(String applicationId, String deviceId, String devEui, String joinEui, Instant now) {
        this.applicationId = applicationId;
        this.deviceId = deviceId;
        this.devEui = devEui;
        this.joinEui = joinEui;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String applicationId() { return applicationId; }
    public String deviceId() { return deviceId; }
    public String devEui() { return devEui; }
    public String joinEui() { return joinEui; }
    public String name() { return name; }
    public void name(String name) { this.name = name; }
    public String description() { return description; }
    public void description(String description) { this.description = description; }
    public String attributes() { return attributes; }
    public void attributes(String attributes) { this.attributes = attributes; }
    public String versionIds() { return versionIds; }
    public void versionIds(String versionIds) { this.versionIds = versionIds; }
    public String networkServerAddress() { return networkServerAddress; }
    public void networkServerAddress(String address) { this.networkServerAddress = address; }
    public String applicationServerAddress() { return applicationServerAddress; }
    public void applicationServerAddress(String address) { this.applicationServerAddress = address; }
    public String joinServerAddress() { return joinServerAddress; }
    public void joinServerAddress(String address) { this.joinServerAddress = address; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public void touch(Instant now) { this.updatedAt = now; }
}
