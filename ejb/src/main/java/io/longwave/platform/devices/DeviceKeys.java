package io.longwave.platform.devices;

import io.longwave.platform.json.Jsonp;
import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.crypto.AesKey;
import io.longwave.platform.secrets.KeyVault;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * Walks a device document and rewrites its key objects: plain {@code {"key":"hex"}} becomes
 * {@code {"encrypted_key":"kw1:..","kek_label":"longwave"}} for storage, and back (or away) for reading.
 */
public final class DeviceKeys {

    public static final String KEK_LABEL = "longwave";

    private DeviceKeys() {
    }

    /** @throws IllegalArgumentException naming the field when a key is not 32 hex digits */
    public static JsonObject seal(JsonObject doc, Set<String> keyNames, KeyVault vault) {
        return rewrite(doc, keyNames, "", (path, keyObject) -> {
            JsonValue plain = keyObject.get("key");
            if (plain instanceof JsonString s) {
                AesKey key;
                try {
                    key = AesKey.fromHex(s.getString());
                } catch (LorawanException e) {
                    throw new IllegalArgumentException(path + ".key: must be 32 hexadecimal digits");
                }
                return Jsonp.createObjectBuilder().add("encrypted_key", vault.wrap(key)).add("kek_label", KEK_LABEL).build();
            }
            if (keyObject.get("encrypted_key") instanceof JsonString) {
                return keyObject;
            }
            throw new IllegalArgumentException(path + ": needs `key`");
        });
    }

    /** Plain keys for a caller holding the read-keys right. */
    public static JsonObject open(JsonObject doc, Set<String> keyNames, KeyVault vault) {
        return rewrite(doc, keyNames, "", (path, keyObject) -> keyObject.get("encrypted_key") instanceof JsonString s
                ? Jsonp.createObjectBuilder().add("key", vault.unwrap(s.getString()).toHex()).build() : keyObject);
    }

    /** No keys at all, for a caller without the right. */
    public static JsonObject strip(JsonObject doc, Set<String> keyNames) {
        return rewrite(doc, keyNames, "", (path, keyObject) -> null);
    }

    /** The key under {@code parent.name} of a stored document, unwrapped; null when absent. */
    public static AesKey read(JsonObject parent, String name, KeyVault vault) {
        if (parent != null && parent.get(name) instanceof JsonObject k && k.get("encrypted_key") instanceof JsonString s) {
            return vault.unwrap(s.getString());
        }
        return null;
    }

    /** The wrapped form under {@code parent.name}, for Redis; null when absent. */
    public static String wrapped(JsonObject parent, String name) {
        if (parent != null && parent.get(name) instanceof JsonObject k && k.get("encrypted_key") instanceof JsonString s) {
            return s.getString();
        }
        return null;
    }

    private interface KeyRewrite {
        JsonObject apply(String path, JsonObject keyObject);
    }

    private static JsonObject rewrite(JsonObject doc, Set<String> keyNames, String prefix, KeyRewrite f) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder();
        doc.forEach((name, value) -> {
            String path = prefix.isEmpty() ? name : prefix + "." + name;
            if (value instanceof JsonObject o) {
                if (keyNames.contains(name)) {
                    JsonObject replaced = f.apply(path, o);
                    if (replaced != null) {
                        b.add(name, replaced);
                    }
                } else {
                    b.add(name, rewrite(o, keyNames, path, f));
                }
            } else {
                b.add(name, value);
            }
        });
        return b.build();
    }

}
