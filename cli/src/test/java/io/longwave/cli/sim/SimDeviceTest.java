package io.longwave.cli.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.Direction;
import io.longwave.lorawan.crypto.AesKey;
import io.longwave.lorawan.crypto.DataMic;
import io.longwave.lorawan.crypto.JoinAcceptCipher;
import io.longwave.lorawan.crypto.JoinMic;
import io.longwave.lorawan.crypto.KeyContext;
import io.longwave.lorawan.crypto.KeyDerivation;
import io.longwave.lorawan.crypto.PayloadCipher;
import io.longwave.lorawan.crypto.SessionKeys10;
import io.longwave.lorawan.crypto.SessionKeys11;
import io.longwave.lorawan.frame.DataFrame;
import io.longwave.lorawan.frame.DlSettings;
import io.longwave.lorawan.frame.FCtrl;
import io.longwave.lorawan.frame.FHdr;
import io.longwave.lorawan.frame.JoinAccept;
import io.longwave.lorawan.frame.JoinRequest;
import io.longwave.lorawan.frame.MHdr;
import io.longwave.lorawan.frame.MType;
import io.longwave.lorawan.frame.PhyPayload;
import io.longwave.lorawan.frame.PhyPayloadDecoder;
import io.longwave.lorawan.frame.PhyPayloadEncoder;
import io.longwave.lorawan.mac.DevStatusAns;
import io.longwave.lorawan.mac.DevStatusReq;
import io.longwave.lorawan.mac.LinkAdrAns;
import io.longwave.lorawan.mac.LinkAdrReq;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.mac.MacCommandCodec;
import io.longwave.lorawan.mac.RekeyConf;
import io.longwave.lorawan.mac.RekeyInd;
import io.longwave.lorawan.mac.RxTimingSetupAns;
import io.longwave.lorawan.mac.RxTimingSetupReq;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimDeviceTest {

    private static RadioPlan plan;

    @BeforeAll
    static void plan() throws Exception {
        plan = new RadioPlan("EU_863_870_TTN");
    }

    private static SimDevice abp(LorawanVersion version) {
        return new SimDevice(DeviceIdentity.of("test", 4, 0x0100_0000), version, false, plan, 5, 0);
    }

    // uplinks

    @ParameterizedTest(name = "{0} confirmed={1}")
    @CsvSource({"V1_0_3, false", "V1_0_3, true", "V1_1, false", "V1_1, true"})
    void uplinkDecodesAndVerifies(LorawanVersion version, boolean confirmed) throws Exception {
        SimDevice device = abp(version);
        DeviceIdentity id = device.identity();
        byte[] payload = {1, 2, 3, 4};
        device.dataUplink(false, payload);
        Uplink up = device.dataUplink(confirmed, payload);
        PhyPayload phy = PhyPayloadDecoder.decode(up.phy());
        assertEquals(confirmed ? MType.CONFIRMED_DATA_UP : MType.UNCONFIRMED_DATA_UP, phy.mHdr().mType());
        DataFrame frame = (DataFrame) phy.macPayload();
        assertEquals(id.devAddr(), frame.fHdr().devAddr());
        assertEquals(1, frame.fHdr().fCnt());
        assertEquals(1, up.fCnt());
        assertTrue(frame.fHdr().fCtrl().adr());
        assertEquals(OptionalInt.of(1), frame.fPort());
        int len = up.phy().length - 4;
        int mic = version.is11()
                ? DataMic.uplink11(new KeyContext(id.fNwkSIntKey()), new KeyContext(id.sNwkSIntKey()), 0,
                up.dataRate(), up.channel(), id.devAddr(), 1, up.phy(), 0, len)
                : DataMic.legacy(new KeyContext(id.fNwkSIntKey()), Direction.UPLINK, id.devAddr(), 1, up.phy(), 0, len);
        assertEquals(mic, phy.mic());
        assertArrayEquals(payload, PayloadCipher.frmPayload(new KeyContext(id.appSKey()), Direction.UPLINK,
                id.devAddr(), 1, frame.frmPayload(), 0, frame.frmPayloadLength()));
        assertEquals(5, up.dataRate());
        assertEquals("SF7BW125", up.datr());
        assertEquals(plan.channels().get(up.channel()).frequencyHz(), up.frequencyHz());
    }

    @Test
    void channelsRotate() {
        SimDevice device = abp(LorawanVersion.V1_0_3);
        int first = device.dataUplink(false, new byte[1]).channel();
        int second = device.dataUplink(false, new byte[1]).channel();
        assertEquals((first + 1) % plan.channels().size(), second);
    }

    // MAC commands

    /** A data downlink the way a network server builds it, FOpts in clear (1.0) or encrypted (1.1). */
    private static byte[] downlink(SimDevice device, LorawanVersion version, long fCnt, boolean confirmed,
                                   List<MacCommand> fOptsCommands) throws Exception {
        DeviceIdentity id = device.identity();
        byte[] fOpts = MacCommandCodec.encode(fOptsCommands, Direction.DOWNLINK);
        if (version.is11()) {
            fOpts = PayloadCipher.fOpts11(new KeyContext(id.nwkSEncKey()), PayloadCipher.FOptsCounter.NETWORK,
                    Direction.DOWNLINK, id.devAddr(), fCnt, fOpts);
        }
        FHdr fHdr = new FHdr(id.devAddr(), new FCtrl(false, false, false, false), (int) (fCnt & 0xFFFF), fOpts);
        byte[] wire = PhyPayloadEncoder.encode(new PhyPayload(
                MHdr.of(confirmed ? MType.CONFIRMED_DATA_DOWN : MType.UNCONFIRMED_DATA_DOWN),
                DataFrame.withoutPort(fHdr), 0));
        int len = wire.length - 4;
        PhyPayloadEncoder.writeMic(wire, version.is11()
                ? DataMic.downlink11(new KeyContext(id.sNwkSIntKey()), 0, id.devAddr(), fCnt, wire, 0, len)
                : DataMic.legacy(new KeyContext(id.fNwkSIntKey()), Direction.DOWNLINK, id.devAddr(), fCnt, wire, 0, len));
        return wire;
    }

    private static List<MacCommand> uplinkFOpts(SimDevice device, LorawanVersion version, Uplink up) throws Exception {
        DataFrame frame = (DataFrame) PhyPayloadDecoder.decode(up.phy()).macPayload();
        byte[] fOpts = frame.fHdr().fOpts();
        if (version.is11()) {
            fOpts = PayloadCipher.fOpts11(new KeyContext(device.identity().nwkSEncKey()),
                    PayloadCipher.FOptsCounter.NETWORK, Direction.UPLINK, device.identity().devAddr(), up.fCnt(), fOpts);
        }
        return MacCommandCodec.parse(fOpts, Direction.UPLINK).requireComplete();
    }

    @ParameterizedTest(name = "{0}: LinkADRReq DR{1} power {2} -> {3}")
    @CsvSource({"V1_0_3, 3, 2, SF9BW125", "V1_1, 0, 1, SF12BW125", "V1_0_3, 15, 15, SF7BW125"})
    void answersLinkAdrReqAndAppliesDataRate(LorawanVersion version, int dr, int power, String datr) throws Exception {
        SimDevice device = abp(version);
        device.dataUplink(false, new byte[] {1});
        byte[] down = downlink(device, version, 0, true, List.of(new LinkAdrReq(dr, power, 0x00FF, 0, 1),
                new DevStatusReq()));
        assertEquals(DownlinkResult.ACCEPTED, device.dataDownlink(down));
        Uplink next = device.dataUplink(false, new byte[] {1});
        assertEquals(datr, next.datr());
        assertEquals(dr == 15 ? 5 : dr, next.dataRate());
        assertEquals(power == 15 ? 0 : power, device.currentTxPowerIndex());
        List<MacCommand> answers = uplinkFOpts(device, version, next);
        List<MacCommand> expected = new java.util.ArrayList<>();
        if (version.is11()) {
            expected.add(new io.longwave.lorawan.mac.ResetInd(1)); // 1.1 ABP: until ResetConf
        }
        expected.add(new LinkAdrAns(true, true, true));
        expected.add(new DevStatusAns(254, (int) Math.round(5 - 2.0 * (power == 15 ? 0 : power))));
        assertEquals(expected, answers);
        DataFrame frame = (DataFrame) PhyPayloadDecoder.decode(next.phy()).macPayload();
        assertTrue(frame.fHdr().fCtrl().ack(), "ACK after a confirmed downlink");
        // answered once: the uplink after has neither answers nor ACK
        Uplink after = device.dataUplink(false, new byte[] {1});
        DataFrame afterFrame = (DataFrame) PhyPayloadDecoder.decode(after.phy()).macPayload();
        assertFalse(afterFrame.fHdr().fCtrl().ack());
        assertEquals(version.is11() ? 1 : 0, uplinkFOpts(device, version, after).size());
    }

    @Test
    void stickyAnswerRepeatsUntilDownlink() throws Exception {
        SimDevice device = abp(LorawanVersion.V1_0_3);
        device.dataDownlink(downlink(device, LorawanVersion.V1_0_3, 0, false, List.of(new RxTimingSetupReq(3))));
        assertEquals(3, device.rx1DelaySeconds());
        assertEquals(List.of(new RxTimingSetupAns()),
                uplinkFOpts(device, LorawanVersion.V1_0_3, device.dataUplink(false, new byte[1])));
        assertEquals(List.of(new RxTimingSetupAns()),
                uplinkFOpts(device, LorawanVersion.V1_0_3, device.dataUplink(false, new byte[1])));
        device.dataDownlink(downlink(device, LorawanVersion.V1_0_3, 1, false, List.of()));
        assertEquals(List.of(), uplinkFOpts(device, LorawanVersion.V1_0_3, device.dataUplink(false, new byte[1])));
    }

    @ParameterizedTest
    @CsvSource({"V1_0_3", "V1_1"})
    void badMicAndOldCounters(LorawanVersion version) throws Exception {
        SimDevice device = abp(version);
        byte[] down = downlink(device, version, 7, false, List.of());
        byte[] tampered = down.clone();
        tampered[tampered.length - 1] ^= 1;
        assertEquals(DownlinkResult.BAD_MIC, device.dataDownlink(tampered));
        assertEquals(DownlinkResult.ACCEPTED, device.dataDownlink(down));
        assertEquals(7, device.fCntDown());
        assertEquals(DownlinkResult.OLD_COUNTER, device.dataDownlink(down));
        SimDevice other = new SimDevice(DeviceIdentity.of("test", 5, 0x0100_0000), version, false, plan, 5, 0);
        assertEquals(DownlinkResult.IGNORED, other.dataDownlink(down));
    }

    @ParameterizedTest(name = "last {0}, low {1} -> {2}")
    @CsvSource({"-1, 5, 5", "5, 6, 6", "65535, 0, 65536", "65540, 3, 65539", "131071, 1, 131073", "100, 99, 99"})
    void downlinkCounterReconstruction(long last, int low, long full) {
        assertEquals(full, SimDevice.fullCounter(last, low));
    }

    // joins

    @ParameterizedTest(name = "{0} OptNeg={1}")
    @CsvSource({"V1_0_3, false", "V1_1, true", "V1_1, false"})
    void joinAcceptDecryptAndKeyDerivation(LorawanVersion version, boolean optNeg) throws Exception {
        SimDevice device = new SimDevice(DeviceIdentity.of("test", 9, 0), version, true, plan, 5, 0x1234);
        DeviceIdentity id = device.identity();
        assertFalse(device.hasSession());
        Uplink request = device.joinRequest();
        PhyPayload jrPhy = PhyPayloadDecoder.decode(request.phy());
        JoinRequest jr = (JoinRequest) jrPhy.macPayload();
        assertEquals(id.devEui(), jr.devEui());
        assertEquals(id.joinEui(), jr.joinEui());
        assertEquals(0x1234, jr.devNonce());
        AesKey root = version.is11() ? id.nwkKey() : id.appKey();
        assertEquals(JoinMic.compute(new KeyContext(root), request.phy(), 0, request.phy().length - 4), jrPhy.mic());

        int joinNonce = 0x00ABCD;
        int netId = 0x000013;
        int devAddr = 0x2601_1234;
        byte[] plain = PhyPayloadEncoder.encode(new PhyPayload(MHdr.of(MType.JOIN_ACCEPT),
                new JoinAccept(joinNonce, netId, devAddr, new DlSettings(optNeg, 0, 0), 5, Optional.empty()), 0));
        int len = plain.length - 4;
        PhyPayloadEncoder.writeMic(plain, optNeg
                ? JoinMic.joinAccept11(new KeyContext(KeyDerivation.jsIntKey(id.nwkKey(), id.devEui())),
                JoinMic.JOIN_REQUEST_TYPE, id.joinEui(), jr.devNonce(), plain, 0, len)
                : JoinMic.compute(new KeyContext(root), plain, 0, len));
        byte[] encrypted = JoinAcceptCipher.encrypt(root, plain);

        byte[] tampered = encrypted.clone();
        tampered[5] ^= 0x40;
        assertEquals(DownlinkResult.BAD_MIC, device.joinAccept(tampered));
        assertEquals(DownlinkResult.JOINED, device.joinAccept(encrypted));
        DeviceSession session = device.session().orElseThrow();
        assertEquals(devAddr, session.devAddr());
        assertEquals(optNeg, session.v11());
        assertEquals(5, device.rx1DelaySeconds());
        if (optNeg) {
            SessionKeys11 keys = KeyDerivation.derive11(id.nwkKey(), id.appKey(), joinNonce, id.joinEui(), jr.devNonce());
            assertEquals(keys.fNwkSIntKey(), session.fNwkSIntKey().key());
            assertEquals(keys.sNwkSIntKey(), session.sNwkSIntKey().key());
            assertEquals(keys.nwkSEncKey(), session.nwkSEncKey().key());
            assertEquals(keys.appSKey(), session.appSKey().key());
        } else {
            SessionKeys10 keys = KeyDerivation.derive10(root, joinNonce, netId, jr.devNonce());
            assertEquals(keys.nwkSKey(), session.fNwkSIntKey().key());
            assertEquals(keys.appSKey(), session.appSKey().key());
        }
        // A second join-accept for the same join-request is not taken.
        assertEquals(DownlinkResult.IGNORED, device.joinAccept(encrypted));

        Uplink first = device.dataUplink(false, new byte[] {9});
        PhyPayload phy = PhyPayloadDecoder.decode(first.phy());
        assertEquals(devAddr, ((DataFrame) phy.macPayload()).fHdr().devAddr());
        assertEquals(0, first.fCnt());
        byte[] fOpts = ((DataFrame) phy.macPayload()).fHdr().fOpts();
        if (optNeg) {
            fOpts = PayloadCipher.fOpts11(session.nwkSEncKey(), PayloadCipher.FOptsCounter.NETWORK, Direction.UPLINK,
                    devAddr, 0, fOpts);
            assertEquals(List.of(new RekeyInd(1)), MacCommandCodec.parse(fOpts, Direction.UPLINK).requireComplete());
        } else {
            assertEquals(0, fOpts.length);
        }
    }

    @Test
    void rekeyConfStopsRekeyInd() throws Exception {
        SimDevice device = new SimDevice(DeviceIdentity.of("test", 1, 0), LorawanVersion.V1_1, true, plan, 5, 0);
        DeviceIdentity id = device.identity();
        Uplink request = device.joinRequest();
        int devNonce = ((JoinRequest) PhyPayloadDecoder.decode(request.phy()).macPayload()).devNonce();
        byte[] plain = PhyPayloadEncoder.encode(new PhyPayload(MHdr.of(MType.JOIN_ACCEPT),
                new JoinAccept(1, 0, 0x0000_0042, new DlSettings(true, 0, 0), 1, Optional.empty()), 0));
        PhyPayloadEncoder.writeMic(plain, JoinMic.joinAccept11(new KeyContext(KeyDerivation.jsIntKey(id.nwkKey(),
                id.devEui())), JoinMic.JOIN_REQUEST_TYPE, id.joinEui(), devNonce, plain, 0, plain.length - 4));
        assertEquals(DownlinkResult.JOINED, device.joinAccept(JoinAcceptCipher.encrypt(id.nwkKey(), plain)));
        device.dataUplink(false, new byte[1]);
        DeviceSession s = device.session().orElseThrow();
        byte[] fOpts = PayloadCipher.fOpts11(s.nwkSEncKey(), PayloadCipher.FOptsCounter.NETWORK, Direction.DOWNLINK,
                0x42, 0, MacCommandCodec.encode(List.of(new RekeyConf(1)), Direction.DOWNLINK));
        byte[] wire = PhyPayloadEncoder.encode(new PhyPayload(MHdr.of(MType.UNCONFIRMED_DATA_DOWN),
                DataFrame.withoutPort(new FHdr(0x42, FCtrl.NONE, 0, fOpts)), 0));
        PhyPayloadEncoder.writeMic(wire, DataMic.downlink11(s.sNwkSIntKey(), 0, 0x42, 0, wire, 0, wire.length - 4));
        assertEquals(DownlinkResult.ACCEPTED, device.dataDownlink(wire));
        Uplink next = device.dataUplink(false, new byte[1]);
        assertEquals(0, ((DataFrame) PhyPayloadDecoder.decode(next.phy()).macPayload()).fHdr().fOpts().length);
    }
}
