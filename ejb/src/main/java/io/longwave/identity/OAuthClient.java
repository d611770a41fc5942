package io.longwave.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** An OAuth client (table {@code oauth_clients}); list fields are stored space-separated. */
@Entity
@Table(name = "oauth_clients")
public class OAuthClient {

    @Id
    @Column(name = "client_id")
    private String clientId;

    @Column(name = "name", nullable = false)
    private String name = "";

    @Column(name = "secret_hash")
    private String secretHash;

    @Column(name = "redirect_uris", nullable = false)
    private String redirectUris = "";

    @Column(name = "logout_redirect_uris", nullable = false)
    private String logoutRedirectUris = "";

    @Column(name = "grants", nullable = false)
    private String grants = "";

    @Column(name = "rights", nullable = false)
    private String rights = "";

    @Column(name = "endorsed", nullable = false)
    private boolean endorsed;

    @Column(name = "skip_authorization", nullable = false)
    private boolean skipAuthorization;

    @Column(name = "state", nullable = false)
    private String state = "STATE_APPROVED";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected OAuthClient() {
    }

    public OAuthClient(String clientId, Instant now) {
        this.clientId = clientId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    private static String join(List<String> values) {
        return String.join(" ", values);
    }

    private static List<String> split(String value) {
        return value.isBlank() ? List.of() : Arrays.asList(value.trim().split("\\s+"));
    }

    public String clientId() { return clientId; }
    public String name() { return name; }
    public String secretHash() { return secretHash; }
    public List<String> redirectUris() { return split(redirectUris); }
    public List<String> logoutRedirectUris() { return split(logoutRedirectUris); }
    public List<String> grants() { return split(grants); }
    public List<String> rights() { return split(rights); }
    public boolean endorsed() { return endorsed; }
    public boolean skipAuthorization() { return skipAuthorization; }

    /** Sets everything the platform bootstrap owns for one of the built-in clients. */
    public void configure(String name, String secretHash, List<String> redirectUris, List<String> logoutRedirectUris,
                          List<String> grants, List<String> rights, Instant now) {
        this.name = name;
        this.secretHash = secretHash;
        this.redirectUris = join(redirectUris);
        this.logoutRedirectUris = join(logoutRedirectUris);
        this.grants = join(grants);
        this.rights = join(rights);
        this.endorsed = true;
        this.skipAuthorization = true;
        this.state = "STATE_APPROVED";
        this.deletedAt = null;
        this.updatedAt = now;
    }
}
