package io.longwave.platform.devices;

import java.util.Set;

/**
 * The three registries that hold their own part of an end device, in The Things Stack's split: each
 * accepts only its own fields, and names the keys it holds (stored wrapped, shown only with the
 * device-keys right).
 */
public enum Component {
    NS("ns", Set.of("ids", "lorawan_version", "lorawan_phy_version", "frequency_plan_id", "supports_join",
            "supports_class_b", "supports_class_c", "mac_settings", "resets_f_cnt", "session", "multicast"),
            Set.of("f_nwk_s_int_key", "s_nwk_s_int_key", "nwk_s_enc_key")),
    AS("as", Set.of("ids", "session", "formatters", "skip_payload_crypto"), Set.of("app_s_key")),
    JS("js", Set.of("ids", "root_keys", "net_id", "resets_join_nonces", "lorawan_version", "application_server_id"),
            Set.of("app_key", "nwk_key"));

    private final String code;
    private final Set<String> fields;
    private final Set<String> keyNames;

    Component(String code, Set<String> fields, Set<String> keyNames) {
        this.code = code;
        this.fields = fields;
        this.keyNames = keyNames;
    }

    public String code() {
        return code;
    }

    /** Top-level fields of {@code end_device} this registry accepts. */
    public Set<String> fields() {
        return fields;
    }

    /** Names of the key objects ({@code {"key": "hex"}}) this registry encrypts at rest. */
    public Set<String> keyNames() {
        return keyNames;
    }
}
