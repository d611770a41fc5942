package io.longwave.lorawan.frame;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.longwave.lorawan.LorawanException;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhyPayloadRobustnessTest {

    private static final int FRAMES_PER_MTYPE = 1000;
    private static final int FUZZ_INPUTS = 100_000;

    @ParameterizedTest
    @EnumSource(MType.class)
    void randomFramesSurviveEncodeThenDecode(MType mType) throws LorawanException {
        RandomFrames frames = new RandomFrames(mType.ordinal() * 7919L);
        for (int i = 0; i < FRAMES_PER_MTYPE; i++) {
            PhyPayload p = frames.next(mType);
            byte[] wire = PhyPayloadEncoder.encode(p);
            assertEquals(p.length(), wire.length);
            PhyPayload back = PhyPayloadDecoder.decode(wire);
            assertEquals(p, back, () -> "frame " + p);
            assertArrayEquals(wire, PhyPayloadEncoder.encode(back));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 20260101L})
    void randomBytesOnlyEverRaiseLorawanException(long seed) {
        Random random = new Random(seed);
        int accepted = 0;
        for (int i = 0; i < FUZZ_INPUTS; i++) {
            byte[] input = new byte[random.nextInt(301)];
            random.nextBytes(input);
            try {
                PhyPayloadDecoder.decode(input);
                accepted++;
            } catch (LorawanException expected) {
                // the only acceptable way to refuse input
            } catch (Throwable t) {
                fail("decoder threw " + t + " for " + java.util.HexFormat.of().formatHex(input), t);
            }
        }
        // both outcomes must occur, otherwise the fuzz input is not exercising the decoder
        if (accepted == 0 || accepted == FUZZ_INPUTS) {
            fail("fuzz inputs were all " + (accepted == 0 ? "refused" : "accepted"));
        }
    }
}
