package io.longwave.lorawan.plan;

import java.util.List;
import java.util.Optional;

/** Radio centres and IF channels a gateway needs for one frequency plan. */
public record GatewayRadioLayout(List<Long> radioCentersHz, List<IfChannel> multiSfChannels,
        Optional<IfChannel> loraStandardChannel, Optional<IfChannel> fskChannel) {

    public GatewayRadioLayout {
        radioCentersHz = List.copyOf(radioCentersHz);
        multiSfChannels = List.copyOf(multiSfChannels);
    }
}
