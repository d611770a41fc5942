package io.longwave.network;

import java.util.Map;
import io.longwave.lorawan.frame.DataFrame;
import io.longwave.lorawan.frame.PhyPayload;
import io.longwave.network.session.NsDevice;
import io.longwave.network.session.NetworkKeys;

/**
 * A data uplink whose MIC and FCnt the Network Server accepted, with the session it belongs to.
 *
 * @param asDevice the Application Server's hash of the device, read in the same Redis round trip as
 *                 the session because the Application Server needs it next
 */
public record AcceptedUplink(NsDevice device, NetworkKeys keys, DeduplicatedUplink uplink,
                             PhyPayload phy, DataFrame frame, long fCnt, Map<String, String> asDevice) {

    public boolean confirmed() {
        return phy.mHdr().mType().isConfirmed();
    }
}
