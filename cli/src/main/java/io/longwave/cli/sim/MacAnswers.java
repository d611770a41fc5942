package io.longwave.cli.sim;

import io.longwave.lorawan.mac.AdrParamSetupAns;
import io.longwave.lorawan.mac.DevStatusAns;
import io.longwave.lorawan.mac.DlChannelAns;
import io.longwave.lorawan.mac.DutyCycleAns;
import io.longwave.lorawan.mac.LinkAdrAns;
import io.longwave.lorawan.mac.LinkAdrReq;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.mac.NewChannelAns;
import io.longwave.lorawan.mac.RejoinParamSetupAns;
import io.longwave.lorawan.mac.RxParamSetupAns;
import io.longwave.lorawan.mac.RxTimingSetupAns;
import io.longwave.lorawan.mac.RxTimingSetupReq;
import io.longwave.lorawan.mac.TxParamSetupAns;
import java.util.Optional;

/** How a simulated device answers the network's MAC commands, and what it changes in its radio state. */
final class MacAnswers {

    /** The device's radio settings that MAC commands change. */
    interface RadioState {
        RadioPlan plan();

        void dataRate(int dr);

        void txPowerIndex(int index);

        void rx1DelaySeconds(int seconds);

        /** Demodulation margin reported in DevStatusAns. */
        int margin();
    }

    private MacAnswers() {
    }

    /** The answer to {@code command}, empty for answers from the network that the device only consumes. */
    static Optional<MacCommand> answer(MacCommand command, RadioState radio) {
        return switch (command.type()) {
            case LINK_ADR_REQ -> Optional.of(linkAdr((LinkAdrReq) command, radio));
            case DEV_STATUS_REQ -> Optional.of(new DevStatusAns(254, Math.max(-32, Math.min(31, radio.margin()))));
            case RX_PARAM_SETUP_REQ -> Optional.of(new RxParamSetupAns(true, true, true));
            case RX_TIMING_SETUP_REQ -> {
                int delay = ((RxTimingSetupReq) command).delay();
                radio.rx1DelaySeconds(delay == 0 ? 1 : delay);
                yield Optional.of(new RxTimingSetupAns());
            }
            case DUTY_CYCLE_REQ -> Optional.of(new DutyCycleAns());
            case NEW_CHANNEL_REQ -> Optional.of(new NewChannelAns(true, true));
            case DL_CHANNEL_REQ -> Optional.of(new DlChannelAns(true, true));
            case TX_PARAM_SETUP_REQ -> Optional.of(new TxParamSetupAns());
            case ADR_PARAM_SETUP_REQ -> Optional.of(new AdrParamSetupAns());
            case REJOIN_PARAM_SETUP_REQ -> Optional.of(new RejoinParamSetupAns(true));
            default -> Optional.empty();
        };
    }

    /** Answers that LoRaWAN 1.0.3/1.1 devices repeat in every uplink until they receive a downlink. */
    static boolean sticky(MacCommand answer) {
        return switch (answer.type()) {
            case RX_PARAM_SETUP_ANS, RX_TIMING_SETUP_ANS, DL_CHANNEL_ANS -> true;
            default -> false;
        };
    }

    private static LinkAdrAns linkAdr(LinkAdrReq req, RadioState radio) {
        // 0xF keeps the current value (LoRaWAN 1.0.3 and 1.1).
        boolean drOk = req.dataRate() == 0x0F || radio.plan().usable(req.dataRate());
        boolean powerOk = req.txPower() == 0x0F || req.txPower() <= radio.plan().band().maxTxPowerIndex();
        if (drOk && powerOk) {
            if (req.dataRate() != 0x0F) {
                radio.dataRate(req.dataRate());
            }
            if (req.txPower() != 0x0F) {
                radio.txPowerIndex(req.txPower());
            }
        }
        return new LinkAdrAns(powerOk, drOk, true);
    }
}
