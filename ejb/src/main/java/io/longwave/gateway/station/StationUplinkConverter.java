package io.longwave.gateway.station;

import io.longwave.lorawan.GpsTime;
import io.longwave.gateway.GatewayEntry;
import io.longwave.gateway.udp.RxPacketConverter;
import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.plan.FrequencyPlan;
import io.longwave.lorawan.plan.FrequencyPlans;
import io.longwave.lorawan.plan.PlanChannel;
import io.longwave.lorawan.region.DataRate;
import io.longwave.lorawan.region.Modulation;
import io.longwave.network.GatewayUplink;
import io.longwave.network.RxMetadata;
import io.longwave.network.UplinkSettings;
import java.time.Instant;
import java.util.List;

/**
 * A station's uplink as the Network Server's copy: the same {@link GatewayUplink} a UDP gateway's rxpk
 * becomes, so that deduplication spans both protocols. The station's DR index is the band's (its
 * {@code router_config} DR table is the band's); the metadata keeps xtime and rctx for the downlink.
 */
public final class StationUplinkConverter {

    public static final String PROTOCOL = "basicstation";

    private StationUplinkConverter() {
    }

    public static GatewayUplink convert(GatewayEntry gateway, StationUplink up, Instant receivedAt, long receivedAtNanos)
            throws BadStationMessage {
        FrequencyPlan plan;
        DataRate dr;
        try {
            plan = FrequencyPlans.byId(gateway.frequencyPlanId());
            dr = plan.band().dataRate(up.dataRate());
        } catch (LorawanException e) {
            throw new BadStationMessage("bad_uplink", e.getMessage());
        }
        if (!dr.uplink() || (dr.modulation() != Modulation.LORA && dr.modulation() != Modulation.FSK)) {
            throw new BadStationMessage("bad_uplink", "DR" + up.dataRate() + " is not an uplink data rate of the band");
        }
        if (!RxPacketConverter.reachable(plan, up.frequencyHz())) {
            throw new BadStationMessage("bad_uplink", up.frequencyHz() + " Hz is outside the radios of plan " + plan.id());
        }
        boolean lora = dr.modulation() == Modulation.LORA;
        RxMetadata md = new RxMetadata(gateway.gatewayId(), gateway.eui(), up.timestamp(),
                up.gpstime() > 0 ? GpsTime.utc(up.gpstime()) : null, up.rssi(), up.snr(),
                channelIndex(plan.uplinkChannels(), up.frequencyHz()), 0, PROTOCOL, receivedAt, up.xtime(), up.rctx());
        return new GatewayUplink(up.phyPayload(), md, new UplinkSettings(up.frequencyHz(), dr.index(),
                lora ? dr.spreadingFactor() : 0, lora ? dr.bandwidthHz() : 0, lora ? "4/5" : ""),
                gateway.frequencyPlanId(), receivedAtNanos);
    }

    private static int channelIndex(List<PlanChannel> channels, long frequencyHz) {
        for (int i = 0; i < channels.size(); i++) {
            if (channels.get(i).frequencyHz() == frequencyHz) {
                return i;
            }
        }
        return 0;
    }
}
