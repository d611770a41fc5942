package io.longwave.network;

import io.longwave.lorawan.frame.DataFrame;
import io.longwave.lorawan.frame.PhyPayload;
import io.longwave.network.session.NsDevice;
import io.longwave.network.session.NetworkKeys;

/** A data uplink whose MIC and FCnt the Network Server accepted, with the session it belongs to. */
public record AcceptedUplink(NsDevice device, NetworkKeys keys, DeduplicatedUplink uplink,
                             PhyPayload phy, DataFrame frame, long fCnt) {

    public boolean confirmed() {
        return phy.mHdr().mType().isConfirmed();
    }
}
