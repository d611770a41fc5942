package io.longwave.join.core;

import static io.longwave.lorawan.frame.FrameVectors.hex;
import static io.longwave.lorawan.frame.FrameVectors.number;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.lorawan.crypto.AesKey;
import io.longwave.lorawan.frame.DlSettings;
import io.longwave.lorawan.frame.FrameVectors;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Acceptance against the independent vectors (lora-packet): each join-request, answered with the
 * parameters of its join-accept vector and the JoinNonce forced, gives that exact join-accept and keys.
 */
class JoinVectorsTest {

    private final JoinRequestHandler handler = new JoinRequestHandler();

    /** Each join-accept vector paired with the join-request of the same AppKey and DevNonce. */
    static List<Arguments> pairs() {
        List<Arguments> out = new ArrayList<>();
        for (JsonObject accept : FrameVectors.ofKind("join-accept")) {
            JsonObject request = FrameVectors.ofKind("join-request").stream()
                    .filter(r -> r.getString("app_key").equals(accept.getString("app_key"))
                            && r.getString("dev_nonce").equals(accept.getString("dev_nonce")))
                    .findFirst().orElseThrow();
            out.add(Arguments.of(accept.getString("join_nonce"), request, accept));
        }
        return out;
    }

    @ParameterizedTest(name = "JoinNonce {0}")
    @MethodSource("pairs")
    void answersLikeTheVector(String name, JsonObject request, JsonObject accept) throws Exception {
        AesKey appKey = new AesKey(hex(accept, "app_key"));
        int joinNonce = (int) number(accept, "join_nonce");
        String cf = accept.getString("cf_list");
        NonceState state = new NonceState(joinNonce - 1, NonceState.NONE, new BitSet(), NonceState.NONE,
                NonceState.NONE);
        JoinInput in = new JoinInput(hex(request, "phy_payload"), DeviceRootKeys.v10(appKey), MacVersion.V1_0_2,
                state, (int) number(accept, "net_id"), (int) number(accept, "dev_addr"),
                DlSettings.fromByte(accept.getInt("dl_settings")), accept.getInt("rx_delay"),
                cf.isEmpty() ? null : HexFormat.of().parseHex(cf));

        JoinOutcome out = handler.handle(in);

        assertArrayEquals(hex(accept, "phy_payload_encrypted"), out.joinAcceptPhy());
        JsonObject derived = accept.getJsonObject("derived");
        AesKey nwkSKey = new AesKey(hex(derived, "nwk_s_key"));
        assertEquals(new SessionKeys(nwkSKey, nwkSKey, nwkSKey, new AesKey(hex(derived, "app_s_key"))),
                out.sessionKeys());
        assertEquals(joinNonce, out.joinNonce());
        assertEquals(joinNonce, out.newState().lastJoinNonce());
        int devNonce = (int) number(request, "dev_nonce");
        assertEquals(devNonce, out.devNonce());
        assertEquals(number(request, "dev_eui"), out.devEui());
        assertEquals(number(request, "join_eui"), out.joinEui());
        assertEquals(JoinRequestType.JOIN_REQUEST, out.requestType());
        assertEquals(true, out.newState().devNonceUsed(devNonce));
    }
}
