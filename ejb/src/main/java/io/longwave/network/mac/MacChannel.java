package io.longwave.network.mac;

/**
 * One uplink channel of the device. The index in the owning list is the LoRaWAN channel index.
 *
 * @param downlinkFrequencyHz RX1 frequency set by DlChannelReq, 0 while RX1 follows the band's rule
 * @param enabled whether the channel mask has it on
 */
public record MacChannel(long frequencyHz, int minDataRate, int maxDataRate, long downlinkFrequencyHz,
        boolean enabled) {

    public static MacChannel of(long frequencyHz, int minDataRate, int maxDataRate) {
        return new MacChannel(frequencyHz, minDataRate, maxDataRate, 0, true);
    }

    public MacChannel withEnabled(boolean on) {
        return new MacChannel(frequencyHz, minDataRate, maxDataRate, downlinkFrequencyHz, on);
    }

    public MacChannel withDownlinkFrequency(long hz) {
        return new MacChannel(frequencyHz, minDataRate, maxDataRate, hz, enabled);
    }

    /** Same radio definition, ignoring the mask bit (what NewChannelReq sets). */
    public boolean sameDefinition(MacChannel other) {
        return other != null && frequencyHz == other.frequencyHz && minDataRate == other.minDataRate
                && maxDataRate == other.maxDataRate;
    }
}
