package io.longwave.cli.sim;

import io.longwave.cli.api.ApiRequest;
import io.longwave.cli.api.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The HTTP calls that register the simulated application, gateways and devices (The Things Stack v3 shapes). */
public final class ProvisionRequests {

    private static final JsonProvider J = Jsons.PROVIDER;

    private ProvisionRequests() {
    }

    /** {@code POST <owner>/applications}. */
    public static ApiRequest application(String ownerCollectionPath, String applicationId) {
        return ApiRequest.post(ownerCollectionPath, J.createObjectBuilder()
                .add("application", J.createObjectBuilder()
                        .add("ids", J.createObjectBuilder().add("application_id", applicationId))
                        .add("name", "Longwave simulator"))
                .build());
    }

    /** {@code POST <owner>/gateways} with the EUI, frequency plan and duty-cycle enforcement. */
    public static ApiRequest gateway(String ownerCollectionPath, String gatewayId, long eui, String frequencyPlan,
                                     boolean enforceDutyCycle) {
        return ApiRequest.post(ownerCollectionPath, J.createObjectBuilder()
                .add("gateway", J.createObjectBuilder()
                        .add("ids", J.createObjectBuilder().add("gateway_id", gatewayId)
                                .add("eui", DeviceIdentity.hex(eui)))
                        .add("name", "simulated gateway " + gatewayId)
                        .add("frequency_plan_ids", J.createArrayBuilder().add(frequencyPlan))
                        .add("enforce_duty_cycle", enforceDutyCycle))
                .build());
    }

    /** {@code POST /api/v3/gateways/{id}/api-keys}: a key that lets a Basics Station link as the gateway. */
    public static ApiRequest gatewayLinkKey(String gatewayId) {
        return ApiRequest.post("/api/v3/gateways/" + ApiRequest.segment(gatewayId) + "/api-keys",
                J.createObjectBuilder().add("name", "lw sim station")
                        .add("rights", J.createArrayBuilder().add("RIGHT_GATEWAY_LINK")).build());
    }

    /** {@code DELETE /api/v3/gateways/{id}/api-keys/{key_id}}. */
    public static ApiRequest deleteGatewayKey(String gatewayId, String keyId) {
        return ApiRequest.delete("/api/v3/gateways/" + ApiRequest.segment(gatewayId) + "/api-keys/"
                + ApiRequest.segment(keyId));
    }

    /** {@code POST /api/v3/applications/{app}/devices}: the Identity Server's record. */
    public static ApiRequest identityDevice(String applicationId, DeviceIdentity d, boolean otaa) {
        return ApiRequest.post("/api/v3/applications/" + ApiRequest.segment(applicationId) + "/devices",
                J.createObjectBuilder().add("end_device", J.createObjectBuilder()
                        .add("ids", ids(applicationId, d, otaa, false))
                        .add("name", "simulated device " + d.deviceId())).build());
    }

    /** {@code PUT /api/v3/ns/applications/{app}/devices/{dev}}. */
    public static ApiRequest networkServer(String applicationId, DeviceIdentity d, boolean otaa,
                                           LorawanVersion version, String frequencyPlan, boolean classC) {
        JsonObjectBuilder mac = J.createObjectBuilder().add("supports_32_bit_f_cnt", true);
        if (!otaa) {
            mac.add("resets_f_cnt", true);
        }
        JsonObjectBuilder device = J.createObjectBuilder()
                .add("ids", ids(applicationId, d, otaa, true))
                .add("lorawan_version", version.macName())
                .add("lorawan_phy_version", version.phyName())
                .add("frequency_plan_id", frequencyPlan)
                .add("supports_join", otaa)
                .add("supports_class_c", classC)
                .add("mac_settings", mac);
        List<String> paths = new ArrayList<>(List.of("lorawan_version", "lorawan_phy_version", "frequency_plan_id",
                "supports_join", "supports_class_c", "mac_settings"));
        if (!otaa) {
            String nwkSEncKey = (version.is11() ? d.nwkSEncKey() : d.fNwkSIntKey()).toHex();
            String sNwkSIntKey = (version.is11() ? d.sNwkSIntKey() : d.fNwkSIntKey()).toHex();
            device.add("session", J.createObjectBuilder()
                    .add("dev_addr", DeviceIdentity.hex(d.devAddr()))
                    .add("keys", J.createObjectBuilder()
                            .add("f_nwk_s_int_key", key(d.fNwkSIntKey().toHex()))
                            .add("s_nwk_s_int_key", key(sNwkSIntKey))
                            .add("nwk_s_enc_key", key(nwkSEncKey))));
            paths.add("session");
        }
        return put("/api/v3/ns/applications/", applicationId, d, device, paths);
    }

    /** {@code PUT /api/v3/js/applications/{app}/devices/{dev}} with the root keys (OTAA). */
    public static ApiRequest joinServer(String applicationId, DeviceIdentity d, LorawanVersion version) {
        JsonObjectBuilder rootKeys = J.createObjectBuilder().add("app_key", key(d.appKey().toHex()));
        List<String> paths = new ArrayList<>(List.of("root_keys.app_key.key"));
        if (version.is11()) {
            rootKeys.add("nwk_key", key(d.nwkKey().toHex()));
            paths.add("root_keys.nwk_key.key");
        }
        JsonObjectBuilder device = J.createObjectBuilder()
                .add("ids", ids(applicationId, d, true, false))
                .add("root_keys", rootKeys);
        return put("/api/v3/js/applications/", applicationId, d, device, paths);
    }

    /** {@code PUT /api/v3/as/applications/{app}/devices/{dev}}; ABP devices get their AppSKey here. */
    public static ApiRequest applicationServer(String applicationId, DeviceIdentity d, boolean otaa) {
        JsonObjectBuilder device = J.createObjectBuilder().add("ids", ids(applicationId, d, otaa, true));
        List<String> paths = new ArrayList<>();
        if (!otaa) {
            device.add("session", J.createObjectBuilder()
                    .add("dev_addr", DeviceIdentity.hex(d.devAddr()))
                    .add("keys", J.createObjectBuilder().add("app_s_key", key(d.appSKey().toHex()))));
            paths.add("session");
        }
        return put("/api/v3/as/applications/", applicationId, d, device, paths);
    }

    /** {@code POST .../down/push} of one application downlink. */
    public static ApiRequest downlinkPush(String applicationId, String deviceId, int fPort, byte[] payload,
                                          boolean confirmed) {
        return ApiRequest.post("/api/v3/as/applications/" + ApiRequest.segment(applicationId) + "/devices/"
                        + ApiRequest.segment(deviceId) + "/down/push",
                J.createObjectBuilder().add("downlinks", J.createArrayBuilder().add(J.createObjectBuilder()
                        .add("f_port", fPort)
                        .add("frm_payload", Base64.getEncoder().encodeToString(payload))
                        .add("confirmed", confirmed))).build());
    }

    /** {@code POST /api/v3/events} for the application's events. */
    public static ApiRequest events(String applicationId) {
        return ApiRequest.post("/api/v3/events", J.createObjectBuilder()
                .add("identifiers", J.createArrayBuilder().add(J.createObjectBuilder()
                        .add("application_ids", J.createObjectBuilder().add("application_id", applicationId))))
                .build());
    }

    private static ApiRequest put(String base, String applicationId, DeviceIdentity d, JsonObjectBuilder device,
                                  List<String> paths) {
        JsonArrayBuilder mask = J.createArrayBuilder();
        paths.forEach(mask::add);
        return ApiRequest.put(base + ApiRequest.segment(applicationId) + "/devices/" + ApiRequest.segment(d.deviceId()),
                J.createObjectBuilder().add("end_device", device)
                        .add("field_mask", J.createObjectBuilder().add("paths", mask)).build());
    }

    private static JsonObject ids(String applicationId, DeviceIdentity d, boolean otaa, boolean withDevAddr) {
        JsonObjectBuilder ids = J.createObjectBuilder()
                .add("device_id", d.deviceId())
                .add("application_ids", J.createObjectBuilder().add("application_id", applicationId))
                .add("dev_eui", DeviceIdentity.hex(d.devEui()))
                .add("join_eui", DeviceIdentity.hex(d.joinEui()));
        if (!otaa && withDevAddr) {
            ids.add("dev_addr", DeviceIdentity.hex(d.devAddr()));
        }
        return ids.build();
    }

    private static JsonObject key(String hex) {
        return J.createObjectBuilder().add("key", hex).build();
    }
}
