package io.longwave.lorawan.crypto;

/** Session keys of a LoRaWAN 1.1 join (OptNeg set). */
public record SessionKeys11(AesKey fNwkSIntKey, AesKey sNwkSIntKey, AesKey nwkSEncKey, AesKey appSKey) {
}
