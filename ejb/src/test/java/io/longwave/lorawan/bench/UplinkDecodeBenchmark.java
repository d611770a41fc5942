package io.longwave.lorawan.bench;

import io.longwave.lorawan.Direction;
import io.longwave.lorawan.FrameCounter;
import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.crypto.AesKey;
import io.longwave.lorawan.crypto.DataMic;
import io.longwave.lorawan.crypto.KeyContext;
import io.longwave.lorawan.crypto.PayloadCipher;
import io.longwave.lorawan.frame.DataFrame;
import io.longwave.lorawan.frame.FCtrl;
import io.longwave.lorawan.frame.FHdr;
import io.longwave.lorawan.frame.MHdr;
import io.longwave.lorawan.frame.MType;
import io.longwave.lorawan.frame.PhyPayload;
import io.longwave.lorawan.frame.PhyPayloadDecoder;
import io.longwave.lorawan.frame.PhyPayloadEncoder;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The uplink hot path of a 1.0 session: decode a 51-byte-FRMPayload uplink, rebuild its FCnt, check
 * its MIC and decrypt its FRMPayload, with the session's key contexts created once (as a network
 * server keeps them per session). See docs/PERFORMANCE.md for how to run it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class UplinkDecodeBenchmark {

    private static final int DEV_ADDR = 0x26011BDA;
    private static final long FCNT = 0x1_2345L;
    private static final int FRM_PAYLOAD_BYTES = 51;

    private byte[] frame;
    private KeyContext nwkSKey;
    private KeyContext appSKey;
    private final FrameCounter frameCounter = FrameCounter.withDefaultGap();

    @Setup
    public void setUp() throws LorawanException {
        nwkSKey = new KeyContext(AesKey.fromHex("2B7E151628AED2A6ABF7158809CF4F3C"));
        appSKey = new KeyContext(AesKey.fromHex("000102030405060708090A0B0C0D0E0F"));
        byte[] plain = new byte[FRM_PAYLOAD_BYTES];
        new Random(42).nextBytes(plain);
        byte[] encrypted = PayloadCipher.frmPayload(appSKey, Direction.UPLINK, DEV_ADDR, FCNT, plain, 0, plain.length);
        FHdr fHdr = new FHdr(DEV_ADDR, new FCtrl(true, false, false, false), (int) (FCNT & 0xFFFF), new byte[0]);
        frame = PhyPayloadEncoder.encode(new PhyPayload(MHdr.of(MType.UNCONFIRMED_DATA_UP),
                DataFrame.withPort(fHdr, 2, encrypted), 0));
        PhyPayloadEncoder.writeMic(frame, DataMic.legacy(nwkSKey, Direction.UPLINK, DEV_ADDR, FCNT, frame, 0,
                frame.length - PhyPayload.MIC_LENGTH));
        if (decodeCheckDecrypt().length != FRM_PAYLOAD_BYTES) {
            throw new IllegalStateException("benchmark frame does not round-trip: " + HexFormat.of().formatHex(frame));
        }
    }

    @Benchmark
    public byte[] decodeCheckDecrypt() throws LorawanException {
        PhyPayload p = PhyPayloadDecoder.decode(frame);
        DataFrame d = (DataFrame) p.macPayload();
        long fCnt = frameCounter.rebuild(FCNT - 1, d.fHdr().fCnt());
        int mic = DataMic.legacy(nwkSKey, Direction.UPLINK, d.fHdr().devAddr(), fCnt, frame, 0,
                frame.length - PhyPayload.MIC_LENGTH);
        if (mic != p.mic()) {
            throw new LorawanException(LorawanException.Reason.MIC_MISMATCH, "benchmark frame MIC");
        }
        byte[] payload = d.frmPayload();
        return PayloadCipher.frmPayload(appSKey, Direction.UPLINK, d.fHdr().devAddr(), fCnt, payload, 0,
                payload.length);
    }
}
