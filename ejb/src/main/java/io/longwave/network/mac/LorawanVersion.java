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

    /** From The Things Stack's {@code lorawan_version} ({@code MAC_V1_0_3}); unknown values are taken as 1.0.3. */
    public static LorawanVersion fromMacVersion(String macVersion) {
        return switch (macVersion) {
            case "MAC_V1_0", "MAC_V1_0_0" -> V1_0_0;
            case "MAC_V1_0_1" -> V1_0_1;
            case "MAC_V1_0_2" -> V1_0_2;
            case "MAC_V1_0_4" -> V1_0_4;
            case "MAC_V1_1" -> V1_1;
            default -> V1_0_3;
        };
    }
}
