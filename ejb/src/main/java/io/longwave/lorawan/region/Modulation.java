package io.longwave.lorawan.region;

/** Modulation a data rate uses. */
public enum Modulation {
    LORA,
    FSK,
    LR_FHSS
}
