package io.longwave.lorawan.crypto;

/** Session keys of a LoRaWAN 1.0.x join (also used by a 1.1 network with a 1.0 device). */
public record SessionKeys10(AesKey nwkSKey, AesKey appSKey) {
}
