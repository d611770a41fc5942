package io.longwave.lorawan.region;

/** One (ChMaskCntl, ChMask) pair of a LinkADRReq; {@code mask} holds 16 bits, bit i = channel i of the block. */
public record ChMaskBlock(int chMaskCntl, int chMask) {
}
