package io.longwave.lorawan.frame;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

/** Builds random but valid frames of every MType from a seeded {@link Random}. */
final class RandomFrames {

    private final Random random;

    RandomFrames(long seed) {
        this.random = new Random(seed);
    }

    PhyPayload next(MType mType) {
        MacPayload payload;
        switch (mType) {
            case JOIN_REQUEST:
                payload = new JoinRequest(random.nextLong(), random.nextLong(), random.nextInt(0x10000));
                break;
            case JOIN_ACCEPT:
                payload = joinAccept();
                break;
            case REJOIN_REQUEST:
                payload = rejoin();
                break;
            case PROPRIETARY:
                return new PhyPayload(MHdr.of(mType), new Proprietary(bytes(random.nextInt(255))), 0);
            default:
                payload = data();
        }
        return new PhyPayload(MHdr.of(mType), payload, random.nextInt());
    }

    private MacPayload rejoin() {
        int type = random.nextInt(3);
        if (type == 1) {
            return new JoinServerRejoinRequest(random.nextLong(), random.nextLong(), random.nextInt(0x10000));
        }
        return new NetworkRejoinRequest(type, random.nextInt(0x1000000), random.nextLong(), random.nextInt(0x10000));
    }

    private MacPayload joinAccept() {
        Optional<CfList> cfList;
        switch (random.nextInt(3)) {
            case 0:
                cfList = Optional.empty();
                break;
            case 1:
                cfList = Optional.of(new FrequencyCfList(java.util.List.of(freq(), freq(), freq(), freq(), freq())));
                break;
            default:
                cfList = Optional.of(new ChannelMaskCfList(java.util.List.of(random.nextInt(0x10000),
                        random.nextInt(0x10000), random.nextInt(0x10000), random.nextInt(0x10000),
                        random.nextInt(0x10000))));
        }
        return new JoinAccept(random.nextInt(0x1000000), random.nextInt(0x1000000), random.nextInt(),
                DlSettings.fromByte(random.nextInt(256)), random.nextInt(256), cfList);
    }

    private int freq() {
        return random.nextInt(0x1000000) * 100;
    }

    private MacPayload data() {
        FCtrl fCtrl = FCtrl.fromByte(random.nextInt(256));
        int fOptsLen = random.nextInt(4) == 0 ? 0 : random.nextInt(16);
        FHdr fHdr = new FHdr(random.nextInt(), fCtrl, random.nextInt(0x10000), bytes(fOptsLen));
        if (random.nextInt(5) == 0) {
            return DataFrame.withoutPort(fHdr);
        }
        int fPort = fOptsLen > 0 ? 1 + random.nextInt(255) : random.nextInt(256);
        int maxPayload = 255 - 1 - fHdr.length() - 1 - PhyPayload.MIC_LENGTH;
        return new DataFrame(fHdr, OptionalInt.of(fPort), bytes(random.nextInt(maxPayload + 1)));
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
