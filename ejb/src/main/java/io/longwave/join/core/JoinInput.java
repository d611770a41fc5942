package io.longwave.join.core;

import io.longwave.lorawan.frame.DlSettings;
import java.util.Objects;

/**
 * A join- or rejoin-request as the Join Server receives it, with what it needs to answer.
 *
 * @param phyPayload     the request as received (MHDR .. MIC)
 * @param version        the device's LoRaWAN L2 version
 * @param state          nonce state stored for the device
 * @param netId          NetID to put in the join-accept (24 bits)
 * @param devAddr        DevAddr to put in the join-accept; pass the current one to keep it
 * @param dlSettings     OptNeg must be set for a 1.1 device on a 1.1 network and is RFU (unset) before 1.1
 * @param rxDelay        RxDelay byte of the join-accept
 * @param cfList         16-byte CFList ({@link CfListBuilder}) or null for none
 * @param currentSession needed only for rejoin types 0 and 2, else null
 */
public record JoinInput(byte[] phyPayload, DeviceRootKeys keys, MacVersion version, NonceState state, int netId,
                        int devAddr, DlSettings dlSettings, int rxDelay, byte[] cfList,
                        CurrentSession currentSession) {

    public JoinInput {
        Objects.requireNonNull(phyPayload, "phyPayload");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(dlSettings, "dlSettings");
        if (version.is11() && keys.nwkKey() == null) {
            throw new IllegalArgumentException("a 1.1 device has a NwkKey");
        }
        if (!version.is11() && dlSettings.optNeg()) {
            throw new IllegalArgumentException("OptNeg is RFU before LoRaWAN 1.1");
        }
        phyPayload = phyPayload.clone();
        cfList = cfList == null ? null : cfList.clone();
    }

    /** A join-request (or rejoin type 1) input without a current session. */
    public JoinInput(byte[] phyPayload, DeviceRootKeys keys, MacVersion version, NonceState state, int netId,
                     int devAddr, DlSettings dlSettings, int rxDelay, byte[] cfList) {
        this(phyPayload, keys, version, state, netId, devAddr, dlSettings, rxDelay, cfList, null);
    }

    @Override
    public byte[] phyPayload() {
        return phyPayload.clone();
    }

    @Override
    public byte[] cfList() {
        return cfList == null ? null : cfList.clone();
    }

    /** Whether the join-accept is the 1.1 one (JSIntKey MIC, 1.1 key derivation). */
    public boolean optNeg() {
        return version.is11() && dlSettings.optNeg();
    }
}
