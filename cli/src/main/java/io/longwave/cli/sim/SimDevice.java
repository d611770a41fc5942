package io.longwave.cli.sim;

import io.longwave.lorawan.Direction;
import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.crypto.AesKey;
import io.longwave.lorawan.crypto.DataMic;
import io.longwave.lorawan.crypto.JoinAcceptCipher;
import io.longwave.lorawan.crypto.JoinMic;
import io.longwave.lorawan.crypto.KeyContext;
import io.longwave.lorawan.crypto.KeyDerivation;
import io.longwave.lorawan.crypto.PayloadCipher;
import io.longwave.lorawan.frame.DataFrame;
import io.longwave.lorawan.frame.FCtrl;
import io.longwave.lorawan.frame.FHdr;
import io.longwave.lorawan.frame.JoinAccept;
import io.longwave.lorawan.frame.JoinRequest;
import io.longwave.lorawan.frame.MHdr;
import io.longwave.lorawan.frame.MType;
import io.longwave.lorawan.frame.PhyPayload;
import io.longwave.lorawan.frame.PhyPayloadDecoder;
import io.longwave.lorawan.frame.PhyPayloadEncoder;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.mac.MacCommandCodec;
import io.longwave.lorawan.mac.RekeyInd;
import io.longwave.lorawan.mac.ResetInd;
import io.longwave.lorawan.plan.PlanChannel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * One simulated end device: builds its uplinks (encrypted, with MIC) and processes its downlinks (MIC
 * check, decryption, MAC commands). Called from the scheduler thread and the gateways' receive threads,
 * so every state change is synchronized on the device.
 */
public final class SimDevice implements MacAnswers.RadioState {

    private static final int MAX_FOPTS = 15;
    private static final int UPLINK_F_PORT = 1;

    private final DeviceIdentity identity;
    private final LorawanVersion version;
    private final boolean otaa;
    private final RadioPlan plan;
    private final double snr;

    private DeviceSession session;
    private long fCntUp;
    private long fCntDown = -1;          // 1.0: the one FCntDown; 1.1: NFCntDown
    private long aFCntDown = -1;         // 1.1 only

    private boolean micMatches(PhyPayload phy, DataFrame frame, long fCnt, byte[] wire, int micLength) {
        int devAddr = session.devAddr();
        if (!session.v11()) {
            return DataMic.legacy(session.sNwkSIntKey(), Direction.DOWNLINK, devAddr, fCnt, wire, 0, micLength) == phy.mic();
        }
        if (!frame.fHdr().fCtrl().ack()) {
            return DataMic.downlink11(session.sNwkSIntKey(), 0, devAddr, fCnt, wire, 0, micLength) == phy.mic();
        }
        for (long confirmedUp : recentConfirmedUp) {
            if (DataMic.downlink11(session.sNwkSIntKey(), (int) (confirmedUp & 0xFFFF), devAddr, fCnt, wire, 0, micLength)
                    == phy.mic()) {
                return true;
            }
        }
        return false;
    }
    private int dataRate;
    private int txPowerIndex;
    private int rx1DelaySeconds = 1;
    private int channelCursor;
    private final List<MacCommand> pendingAnswers = new ArrayList<>();
    private final List<MacCommand> stickyAnswers = new ArrayList<>();
    private boolean ackPending;
    private int ackConfFCnt;
    /**
     * FCnts of the last confirmed uplinks: the sim may send the next uplink before the RX windows of the
     * previous one closed (a real class A device cannot), so an ACK may belong to any of them.
     */
    private final java.util.ArrayDeque<Long> recentConfirmedUp = new java.util.ArrayDeque<>();
    private boolean versionIndPending;
    private int devNonce;
    private int lastDevNonce = -1;
    private long macAnswersSent;
    private long appDownlinks;

    /** Sets the next uplink counter of an ABP session (a device that kept its counter across runs). */
    public void fCntUp(long next) {
        fCntUp = next;
    }

    public SimDevice(DeviceIdentity identity, LorawanVersion version, boolean otaa, RadioPlan plan, double snr,
                     int firstDevNonce) {
        this.identity = identity;
        this.version = version;
        this.otaa = otaa;
        this.plan = plan;
        this.snr = snr;
        this.dataRate = plan.defaultDataRate();
        this.devNonce = firstDevNonce & 0xFFFF;
        if (!otaa) {
            session = version.is11()
                    ? DeviceSession.of11(identity.devAddr(), identity.fNwkSIntKey(), identity.sNwkSIntKey(),
                    identity.nwkSEncKey(), identity.appSKey())
                    : DeviceSession.of10(identity.devAddr(), identity.fNwkSIntKey(), identity.appSKey());
            versionIndPending = version.is11();
        }
    }

    public DeviceIdentity identity() {
        return identity;
    }

    public boolean otaa() {
        return otaa;
    }

    public synchronized boolean hasSession() {
        return session != null;
    }

    public synchronized Optional<DeviceSession> session() {
        return Optional.ofNullable(session);
    }

    public synchronized int currentDataRate() {
        return dataRate;
    }

    public synchronized int currentTxPowerIndex() {
        return txPowerIndex;
    }

    public synchronized int rx1DelaySeconds() {
        return rx1DelaySeconds;
    }

    public synchronized long macAnswersSent() {
        return macAnswersSent;
    }

    public synchronized long appDownlinks() {
        return appDownlinks;
    }

    public synchronized long fCntDown() {
        return fCntDown;
    }

    /** SNR at the best gateway: the configured SNR less what lower TX power costs (2 dB per step). */
    public synchronized double currentSnr() {
        return snr - 2.0 * txPowerIndex;
    }

    // MacAnswers.RadioState (called with the lock held)

    @Override
    public RadioPlan plan() {
        return plan;
    }

    @Override
    public void dataRate(int dr) {
        this.dataRate = dr;
    }

    @Override
    public void txPowerIndex(int index) {
        this.txPowerIndex = index;
    }

    @Override
    public void rx1DelaySeconds(int seconds) {
        this.rx1DelaySeconds = seconds;
    }

    @Override
    public int margin() {
        return (int) Math.round(currentSnr());
    }

    // join

    /** A new join-request (new DevNonce), MIC with AppKey (1.0.3) or NwkKey (1.1). */
    public synchronized Uplink joinRequest() {
        lastDevNonce = devNonce;
        devNonce = (devNonce + 1) & 0xFFFF;
        byte[] wire = PhyPayloadEncoder.encode(new PhyPayload(MHdr.of(MType.JOIN_REQUEST),
                new JoinRequest(identity.joinEui(), identity.devEui(), lastDevNonce), 0));
        PhyPayloadEncoder.writeMic(wire, JoinMic.compute(new KeyContext(rootKey()), wire, 0,
                wire.length - PhyPayload.MIC_LENGTH));
        return radioFrame(-1, true, false, wire);
    }

    private AesKey rootKey() {
        return version.is11() ? identity.nwkKey() : identity.appKey();
    }

    /** Decrypts and checks a join-accept for the last join-request, and derives the session. */
    public synchronized DownlinkResult joinAccept(byte[] encrypted) {
        if (!otaa || lastDevNonce < 0) {
            return DownlinkResult.IGNORED;
        }
        byte[] plain;
        JoinAccept accept;
        try {
            plain = JoinAcceptCipher.decrypt(rootKey(), encrypted);
            PhyPayload phy = PhyPayloadDecoder.decode(plain);
            if (!(phy.macPayload() instanceof JoinAccept ja)) {
                return DownlinkResult.IGNORED;
            }
            accept = ja;
            int micLength = plain.length - PhyPayload.MIC_LENGTH;
            boolean optNeg = version.is11() && ja.dlSettings().optNeg();
            int expected = optNeg
                    ? JoinMic.joinAccept11(new KeyContext(KeyDerivation.jsIntKey(identity.nwkKey(), identity.devEui())),
                    JoinMic.JOIN_REQUEST_TYPE, identity.joinEui(), lastDevNonce, plain, 0, micLength)
                    : JoinMic.compute(new KeyContext(rootKey()), plain, 0, micLength);
            if (expected != phy.mic()) {
                return DownlinkResult.BAD_MIC;
            }
            session = optNeg
                    ? DeviceSession.of11(ja.devAddr(), KeyDerivation.derive11(identity.nwkKey(), identity.appKey(),
                    ja.joinNonce(), identity.joinEui(), lastDevNonce))
                    : DeviceSession.of10(ja.devAddr(), KeyDerivation.derive10(rootKey(), ja.joinNonce(), ja.netId(),
                    lastDevNonce));
        } catch (LorawanException e) {
            return DownlinkResult.UNDECODABLE;
        }
        fCntUp = 0;
        fCntDown = -1;
        aFCntDown = -1;
        recentConfirmedUp.clear();
        rx1DelaySeconds = accept.rxDelay() == 0 ? 1 : accept.rxDelay();
        pendingAnswers.clear();
        stickyAnswers.clear();
        ackPending = false;
        versionIndPending = session.v11();
        lastDevNonce = -1;
        return DownlinkResult.JOINED;
    }

    // data uplinks

    /** The next data uplink: pending MAC answers in FOpts, ACK after a confirmed downlink, FRMPayload on port 1. */
    public synchronized Uplink dataUplink(boolean confirmed, byte[] payload) {
        if (session == null) {
            throw new IllegalStateException(identity.deviceId() + " has not joined");
        }
        long fCnt = fCntUp++;
        int devAddr = session.devAddr();
        byte[] fOpts = takeFOpts();
        if (session.v11() && fOpts.length > 0) {
            fOpts = PayloadCipher.fOpts11(session.nwkSEncKey(), PayloadCipher.FOptsCounter.NETWORK, Direction.UPLINK,
                    devAddr, fCnt, fOpts);
        }
        boolean ack = ackPending;
        int confFCnt = ack ? ackConfFCnt : 0;
        ackPending = false;
        if (confirmed) {
            recentConfirmedUp.addFirst(fCnt);
            if (recentConfirmedUp.size() > 4) {
                recentConfirmedUp.removeLast();
            }
        }
        FHdr fHdr = new FHdr(devAddr, new FCtrl(true, false, ack, false), (int) (fCnt & 0xFFFF), fOpts);
        byte[] frm = PayloadCipher.frmPayload(session.appSKey(), Direction.UPLINK, devAddr, fCnt, payload, 0,
                payload.length);
        MHdr mHdr = MHdr.of(confirmed ? MType.CONFIRMED_DATA_UP : MType.UNCONFIRMED_DATA_UP);
        byte[] wire = PhyPayloadEncoder.encode(new PhyPayload(mHdr, DataFrame.withPort(fHdr, UPLINK_F_PORT, frm), 0));
        Uplink uplink = radioFrame(fCnt, false, confirmed, wire);
        int micLength = wire.length - PhyPayload.MIC_LENGTH;
        int mic = session.v11()
                ? DataMic.uplink11(session.fNwkSIntKey(), session.sNwkSIntKey(), confFCnt, uplink.dataRate(),
                uplink.channel(), devAddr, fCnt, wire, 0, micLength)
                : DataMic.legacy(session.fNwkSIntKey(), Direction.UPLINK, devAddr, fCnt, wire, 0, micLength);
        PhyPayloadEncoder.writeMic(wire, mic);
        return uplink;
    }

    private Uplink radioFrame(long fCnt, boolean join, boolean confirmed, byte[] wire) {
        List<PlanChannel> channels = plan.channels();
        int ch = -1;
        for (int i = 0; i < channels.size() && ch < 0; i++) {
            int candidate = (channelCursor + i) % channels.size();
            PlanChannel c = channels.get(candidate);
            if (c.minDataRate() <= dataRate && dataRate <= c.maxDataRate()) {
                ch = candidate;
            }
        }
        ch = Math.max(ch, 0);
        channelCursor = (ch + 1) % channels.size();
        PlanChannel c = channels.get(ch);
        return new Uplink(identity.index(), fCnt, join, confirmed, wire, ch, c.radio(), c.frequencyHz(), dataRate,
                plan.datr(dataRate), currentSnr());
    }

    /** MAC answers for FOpts: the version indication first, then sticky answers, then new ones, up to 15 bytes. */
    private byte[] takeFOpts() {
        List<MacCommand> out = new ArrayList<>();
        int size = 0;
        if (versionIndPending) {
            out.add(otaa ? new RekeyInd(1) : new ResetInd(1));
            size += 2;
        }
        for (MacCommand c : stickyAnswers) {
            int n = 1 + c.type().payloadLength();
            if (size + n <= MAX_FOPTS) {
                out.add(c);
                size += n;
            }
        }
        for (Iterator<MacCommand> it = pendingAnswers.iterator(); it.hasNext(); ) {
            MacCommand c = it.next();
            int n = 1 + c.type().payloadLength();
            if (size + n > MAX_FOPTS) {
                break;
            }
            out.add(c);
            size += n;
            it.remove();
            macAnswersSent++;
            if (MacAnswers.sticky(c)) {
                stickyAnswers.add(c);
            }
        }
        if (out.isEmpty()) {
            return new byte[0];
        }
        try {
            return MacCommandCodec.encode(out, Direction.UPLINK);
        } catch (LorawanException e) {
            throw new IllegalStateException("cannot encode MAC answers " + out + ": " + e.getMessage(), e);
        }
    }

    // data downlinks

    /** A data downlink: MIC, counters, decryption, then the MAC commands in FOpts or on port 0. */
    public synchronized DownlinkResult dataDownlink(byte[] wire) {
        if (session == null) {
            return DownlinkResult.IGNORED;
        }
        PhyPayload phy;
        try {
            phy = PhyPayloadDecoder.decode(wire);
        } catch (LorawanException e) {
            return DownlinkResult.UNDECODABLE;
        }
        MType type = phy.mHdr().mType();
        if ((type != MType.UNCONFIRMED_DATA_DOWN && type != MType.CONFIRMED_DATA_DOWN)
                || !(phy.macPayload() instanceof DataFrame frame) || frame.fHdr().devAddr() != session.devAddr()) {
            return DownlinkResult.IGNORED;
        }
        int fPort = frame.fPort().orElse(0);
        boolean appCounter = session.v11() && fPort > 0;
        long last = appCounter ? aFCntDown : fCntDown;
        long fCnt = fullCounter(last, frame.fHdr().fCnt());
        int micLength = wire.length - PhyPayload.MIC_LENGTH;
        int devAddr = session.devAddr();
        if (!micMatches(phy, frame, fCnt, wire, micLength)) {
            return DownlinkResult.BAD_MIC;
        }
        if (last >= 0 && fCnt <= last) {
            return DownlinkResult.OLD_COUNTER;
        }
        if (appCounter) {
            aFCntDown = fCnt;
        } else {
            fCntDown = fCnt;
        }
        if (type == MType.CONFIRMED_DATA_DOWN) {
            ackPending = true;
            ackConfFCnt = (int) (fCnt & 0xFFFF);
        }
        stickyAnswers.clear();
        byte[] fOpts = frame.fHdr().fOpts();
        if (session.v11() && fOpts.length > 0) {
            fOpts = PayloadCipher.fOpts11(session.nwkSEncKey(), appCounter
                            ? PayloadCipher.FOptsCounter.APPLICATION_DOWN : PayloadCipher.FOptsCounter.NETWORK,
                    Direction.DOWNLINK, devAddr, fCnt, fOpts);
        }
        handleMac(fOpts);
        if (frame.fPort().isPresent()) {
            byte[] frm = frame.frmPayload();
            byte[] plain = PayloadCipher.frmPayload(fPort == 0 ? session.nwkSEncKey() : session.appSKey(),
                    Direction.DOWNLINK, devAddr, fCnt, frm, 0, frm.length);
            if (fPort == 0) {
                handleMac(plain);
            } else {
                appDownlinks++;
            }
        }
        return DownlinkResult.ACCEPTED;
    }

    private void handleMac(byte[] commands) {
        if (commands.length == 0) {
            return;
        }
        List<MacCommand> parsed;
        try {
            parsed = MacCommandCodec.parse(commands, Direction.DOWNLINK).commands();
        } catch (LorawanException e) {
            return;
        }
        for (MacCommand c : parsed) {
            switch (c.type()) {
                case REKEY_CONF, RESET_CONF -> versionIndPending = false;
                default -> MacAnswers.answer(c, this).ifPresent(pendingAnswers::add);
            }
        }
    }

    /** The 32-bit counter closest above {@code last} whose low 16 bits are {@code low16}. */
    static long fullCounter(long last, int low16) {
        if (last < 0) {
            return low16 & 0xFFFF;
        }
        long candidate = (last & ~0xFFFFL) | (low16 & 0xFFFF);
        if (candidate < last && last - candidate > 0x8000) {
            candidate += 0x10000;
        }
        return candidate;
    }
}
