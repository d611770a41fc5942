package io.longwave.platform.startup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The single row recording which deployment values the last bootstrap applied. */
@Entity
@Table(name = "bootstrap_state")
public class BootstrapState {

    @Id
    @Column(name = "id")
    private short id = 1;

    @Column(name = "fingerprint_hash", nullable = false)
    private String fingerprintHash;

    @Column(name = "domain", nullable = false)
    private String domain;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    protected BootstrapState() {
    }

    public BootstrapState(String fingerprintHash, String domain, Instant appliedAt) {
        record(fingerprintHash, domain, appliedAt);
    }

    public void record(String fingerprintHash, String domain, Instant appliedAt) {
        this.fingerprintHash = fingerprintHash;
        this.domain = domain;
        this.appliedAt = appliedAt;
    }

    public String fingerprintHash() { return fingerprintHash; }
    public String domain() { return domain; }
    public Instant appliedAt() { return appliedAt; }
}
