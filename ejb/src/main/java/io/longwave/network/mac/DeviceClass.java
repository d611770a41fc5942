package io.longwave.network.mac;

/** Device class as the network believes it; B is kept so a stored state from a later engine still decodes. */
public enum DeviceClass {
    A,
    B,
    C
}
