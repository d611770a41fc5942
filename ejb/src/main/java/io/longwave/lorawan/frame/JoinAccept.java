package io.longwave.lorawan.frame;

import java.util.Objects;
import java.util.Optional;

/**
 * Join-accept in plaintext: JoinNonce | NetID | DevAddr | DLSettings | RxDelay | CFList. On air it is
 * encrypted ({@link io.longwave.lorawan.crypto.JoinAcceptCipher}); decode the decrypted bytes.
 * {@code rxDelay} is the whole byte (bits 3..0 Del, the rest RFU).
 */
public record JoinAccept(int joinNonce, int netId, int devAddr, DlSettings dlSettings, int rxDelay,
                         Optional<CfList> cfList) implements MacPayload {

    public static final int LENGTH_WITHOUT_CF_LIST = 12;

    public JoinAccept {
        if (joinNonce < 0 || joinNonce > 0xFFFFFF) {
            throw new IllegalArgumentException("JoinNonce is 24 bits");
        }
        if (netId < 0 || netId > 0xFFFFFF) {
            throw new IllegalArgumentException("NetID is 24 bits");
        }
        Objects.requireNonNull(dlSettings, "dlSettings");
        if (rxDelay < 0 || rxDelay > 0xFF) {
            throw new IllegalArgumentException("RxDelay is one byte");
        }
        Objects.requireNonNull(cfList, "cfList");
    }

    @Override
    public int length() {
        return LENGTH_WITHOUT_CF_LIST + (cfList.isPresent() ? CfList.LENGTH : 0);
    }
}
