package io.longwave.cli.sim;

/** The MAC versions the simulator speaks, with their names in The Things Stack's API. */
public enum LorawanVersion {
    V1_0_3("1.0.3", "MAC_V1_0_3", "PHY_V1_0_3_REV_A"),
    V1_1("1.1", "MAC_V1_1", "PHY_V1_1_REV_B");

    private final String label;
    private final String macName;
    private final String phyName;

    LorawanVersion(String label, String macName, String phyName) {
        this.label = label;
        this.macName = macName;
        this.phyName = phyName;
    }

    public String macName() {
        return macName;
    }

    public String phyName() {
        return phyName;
    }

    public boolean is11() {
        return this == V1_1;
    }

    public static LorawanVersion parse(String text) {
        for (LorawanVersion v : values()) {
            if (v.label.equals(text.trim()) || v.macName.equalsIgnoreCase(text.trim())) {
                return v;
            }
        }
        throw new IllegalArgumentException("--lorawan must be 1.0.3 or 1.1, got " + text);
    }

    @Override
    public String toString() {
        return label;
    }
}
