package io.longwave.cli.sim;

import java.util.Optional;

/**
 * A downlink a gateway accepted for transmission.
 *
 * @param window        the receive window when the protocol names it; {@code SCHEDULED} when only the
 *                      time is known (Semtech UDP), to be compared with the device's last uplink
 * @param txTime        the gateway's timestamp of the transmission (tmst or xtime)
 * @param leadMicros    how long before the first window the server asked for the gateway got it
 * @param joinRequester for a join-accept, the device whose join-request it answers, when known
 */
public record ReceivedDownlink(byte[] phy, Window window, long txTime, long leadMicros,
                               Optional<SimDevice> joinRequester) {

    public enum Window { RX1, RX2, SCHEDULED, IMMEDIATE }
}
