package io.longwave.join.core;

/** LoRaWAN L2 version of a device, which decides the join rules the Join Server applies. */
public enum MacVersion {
    V1_0_0,
    V1_0_1,
    V1_0_2,
    V1_0_3,
    V1_0_4,
    V1_1;

    /** 1.1 devices have two root keys, a 1.1 join-accept and rejoin-requests. */
    public boolean is11() {
        return this == V1_1;
    }

    /**
     * From 1.0.4 on DevNonce is a counter the Join Server checks for increase; earlier devices send
     * random DevNonces, so only reuse can be detected.
     */
    public boolean devNonceIsCounter() {
        return this == V1_0_4 || this == V1_1;
    }
}
