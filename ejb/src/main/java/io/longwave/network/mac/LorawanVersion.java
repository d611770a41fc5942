package io.longwave.network.mac;

/** The LoRaWAN MAC versions whose command sets differ; the engine only asks "at least". */
public enum LorawanVersion {
    V1_0_0(0),
    V1_0_1(0),
    V1_0_2(0),
    V1_0_3(0),
    V1_0_4(0),
    V1_1(1);

    private final int minor;

    LorawanVersion(int minor) {
        this.minor = minor;
    }

    /** The Minor field of ResetConf/RekeyConf: 1 for LoRaWAN 1.1, 0 otherwise. */
    public int minor() {
        return minor;
    }

    public boolean atLeast(LorawanVersion other) {
        return compareTo(other) >= 0;
    }
}
