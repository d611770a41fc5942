package io.longwave.identity.gateway;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A gateway (table {@code gateways}); frequency plan IDs are stored space-separated, antennas as JSON. */
@Entity
@Table(name = "gateways")
public class Gateway implements io.longwave.identity.lifecycle.SoftDeletable {

    @Id
    @Column(name = "gateway_id")
    private String gatewayId;

    @Column(name = "eui")
    private String eui;

    @Column(name = "name", nullable = false)
    private String name = "";

    @Column(name = "description", nullable = false)
    private String description = "";

    @Column(name = "attributes", nullable = false)
    private String attributes = "{}";

    @Column(name = "frequency_plan_ids", nullable = false)
    private String frequencyPlanIds = "";

    @Column(name = "enforce_duty_cycle", nullable = false)
    private boolean enforceDutyCycle = true;

    @Column(name = "require_authenticated_connection", nullable = false)
    private boolean requireAuthenticatedConnection;

    @Column(name = "gateway_server_address", nullable = false)
    private String gatewayServerAddress = "";

    @Column(name = "status_public", nullable = false)
    private boolean statusPublic;

    @Column(name = "location_public", nullable = false)
    private boolean locationPublic;

    @Column(name = "antennas", nullable = false)
    private String antennas = "[]";

    /** Sealed by {@code KeyVault.seal}; null when unset. */
    @Column(name = "lbs_lns_secret")
    private String lbsLnsSecret;

    @Column(name = "target_cups_uri", nullable = false)
    private String targetCupsUri = "";

    /** Sealed by {@code KeyVault.seal}; null when unset. */
    @Column(name = "target_cups_key")
    private String targetCupsKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected Gateway() {
    }

    public Gateway(String gatewayId, Instant now) {
        this.gatewayId = gatewayId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String gatewayId() { return gatewayId; }
    public String eui() { return eui; }
    public void eui(String eui) { this.eui = eui; }
    public String name() { return name; }
    public void name(String name) { this.name = name; }
    public String description() { return description; }
    public void description(String description) { this.description = description; }
    public String attributes() { return attributes; }
    public void attributes(String attributes) { this.attributes = attributes; }

    public List<String> frequencyPlanIds() {
        return frequencyPlanIds.isBlank() ? List.of() : Arrays.asList(frequencyPlanIds.trim().split("\\s+"));
    }

    public void frequencyPlanIds(List<String> ids) { this.frequencyPlanIds = String.join(" ", ids); }
    public boolean enforceDutyCycle() { return enforceDutyCycle; }
    public void enforceDutyCycle(boolean value) { this.enforceDutyCycle = value; }
    public boolean requireAuthenticatedConnection() { return requireAuthenticatedConnection; }
    public void requireAuthenticatedConnection(boolean value) { this.requireAuthenticatedConnection = value; }
    public String gatewayServerAddress() { return gatewayServerAddress; }
    public void gatewayServerAddress(String address) { this.gatewayServerAddress = address; }
    public boolean statusPublic() { return statusPublic; }
    public void statusPublic(boolean value) { this.statusPublic = value; }
    public boolean locationPublic() { return locationPublic; }
    public void locationPublic(boolean value) { this.locationPublic = value; }
    public String antennas() { return antennas; }
    public void antennas(String antennas) { this.antennas = antennas; }
    public String sealedLbsLnsSecret() { return lbsLnsSecret; }
    public void sealedLbsLnsSecret(String sealed) { this.lbsLnsSecret = sealed; }
    public String targetCupsUri() { return targetCupsUri; }
    public void targetCupsUri(String uri) { this.targetCupsUri = uri; }
    public String sealedTargetCupsKey() { return targetCupsKey; }
    public void sealedTargetCupsKey(String sealed) { this.targetCupsKey = sealed; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant deletedAt() { return deletedAt; }
    public void delete(Instant now) { this.deletedAt = now; }
    public void restore() { this.deletedAt = null; }
    public void touch(Instant now) { this.updatedAt = now; }
}
