package io.longwave.network.mac;

import io.longwave.lorawan.mac.LinkAdrAns;
import io.longwave.lorawan.mac.LinkAdrReq;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.mac.MacCommandType;
import java.util.ArrayList;
import java.util.List;

/**
 * LinkADRAns: the device applies a whole LinkADRReq block or nothing. Since 1.0.2 it answers every request of
 * the block (all answers alike); 1.0.0/1.0.1 devices answer once.
 */
final class LinkAdrAnswer {

    /** DataRate/TXPower 0xF means "keep" (1.0.4 and 1.1). */
    private static final int KEEP = 0x0F;

    private LinkAdrAnswer() {
    }

    /** Handles the LinkADRAns at {@code index} and returns how many commands it consumed. */
    static int handle(MacWork w, List<MacCommand> commands, int index) {
        List<LinkAdrReq> block = new ArrayList<>();
        for (MacCommand c : w.takeAllPending(MacCommandType.LINK_ADR_REQ)) {
            block.add((LinkAdrReq) c);
        }
        int expected = w.ctx.version().atLeast(LorawanVersion.V1_0_2) ? Math.max(1, block.size()) : 1;
        boolean accepted = true;
        int consumed = 0;
        while (consumed < expected && index + consumed < commands.size()
                && commands.get(index + consumed) instanceof LinkAdrAns ans) {
            accepted &= ans.powerAck() && ans.dataRateAck() && ans.channelMaskAck();
            consumed++;
        }
        if (block.isEmpty()) {
            w.event(MacCommandType.LINK_ADR_ANS, "answer.unexpected");
            return consumed;
        }
        LinkAdrAns first = (LinkAdrAns) commands.get(index);
        if (accepted) {
            commit(w, block);
            w.event(MacCommandType.LINK_ADR_ANS, "answer.accept");
        } else {
            reject(w, first);
            w.event(MacCommandType.LINK_ADR_ANS, "answer.reject");
        }
        return consumed;
    }

    private static void commit(MacWork w, List<LinkAdrReq> block) {
        LinkAdrReq last = block.get(block.size() - 1);
        w.current.channels = ChannelMaskApplier.apply(w.ctx.band(), w.current.channels, block);
        if (last.dataRate() != KEEP) {
            w.current.adrDataRate = last.dataRate();
        }
        if (last.txPower() != KEEP) {
            w.current.adrTxPower = last.txPower();
        }
        // NbTrans 0 tells the device to use its default of 1.
        w.current.adrNbTrans = last.nbTrans() == 0 ? 1 : last.nbTrans();
        w.resetAdrView();
    }

    /**
     * Nothing was applied. Give up the refused part so the same block is not resent on every uplink; ADR decides
     * again once it has a fresh history.
     */
    private static void reject(MacWork w, LinkAdrAns ans) {
        if (!ans.channelMaskAck()) {
            w.desired.channels = w.current.channels;
        }
        w.desired.adrDataRate = w.current.adrDataRate;
        w.desired.adrTxPower = w.current.adrTxPower;
        w.desired.adrNbTrans = w.current.adrNbTrans;
        w.resetAdrView();
    }
}
