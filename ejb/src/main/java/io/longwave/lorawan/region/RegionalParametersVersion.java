package io.longwave.lorawan.region;

/** The Regional Parameters revisions whose payload-size tables this package knows. */
public enum RegionalParametersVersion {
    /** LoRaWAN Regional Parameters 1.0.2rB, used with LoRaWAN 1.0.2 devices. */
    RP001_1_0_2_REV_B,
    /** RP002-1.0.3, the default. */
    RP002_1_0_3
}
