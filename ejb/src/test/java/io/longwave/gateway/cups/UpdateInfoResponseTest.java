package io.longwave.gateway.cups;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UpdateInfoResponseTest {

    private static final HexFormat HEX = HexFormat.of();

    static Stream<Arguments> layouts() {
        byte[] none = new byte[0];
        byte[] sig = HEX.parseHex("0102030430450221");
        return Stream.of(
                Arguments.of("nothing to change", UpdateInfoResponse.UNCHANGED,
                        "00" + "00" + "0000" + "0000" + "00000000" + "00000000"),
                Arguments.of("cups uri only", UpdateInfoResponse.UNCHANGED.withCupsUri("https://a:1"),
                        "0b" + HEX.formatHex("https://a:1".getBytes()) + "00" + "0000" + "0000" + "00000000" + "00000000"),
                Arguments.of("tc uri only", UpdateInfoResponse.UNCHANGED.withTcUri("wss://b:8887"),
                        "00" + "0c" + HEX.formatHex("wss://b:8887".getBytes()) + "0000" + "0000" + "00000000" + "00000000"),
                Arguments.of("u16 little endian credential lengths",
                        UpdateInfoResponse.UNCHANGED.withCupsCredentials(new byte[0x0102]).withTcCredentials(new byte[] {7}),
                        "00" + "00" + "0201" + "00".repeat(0x0102) + "0100" + "07" + "00000000" + "00000000"),
                Arguments.of("u32 signature and update",
                        new UpdateInfoResponse("", "", none, none, sig, new byte[] {9, 8}),
                        "00" + "00" + "0000" + "0000" + "08000000" + "0102030430450221" + "02000000" + "0908"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void encodesInTheStationsOrderLittleEndian(String name, UpdateInfoResponse response, String hex) {
        assertArrayEquals(HEX.parseHex(hex), response.encode());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oversized")
    void refusesWhatTheLengthFieldCannotHold(String name, Runnable build) {
        assertThrows(IllegalArgumentException.class, build::run);
    }

    static Stream<Arguments> oversized() {
        return Stream.of(
                Arguments.of("uri over 255 bytes", (Runnable) () -> UpdateInfoResponse.UNCHANGED.withTcUri("w".repeat(256))),
                Arguments.of("credentials over 65535 bytes",
                        (Runnable) () -> UpdateInfoResponse.UNCHANGED.withCupsCredentials(new byte[65536])),
                Arguments.of("signature shorter than key CRC + signature",
                        (Runnable) () -> new UpdateInfoResponse("", "", new byte[0], new byte[0], new byte[4], new byte[0])),
                Arguments.of("update without signature",
                        (Runnable) () -> new UpdateInfoResponse("", "", new byte[0], new byte[0], new byte[0], new byte[1])));
    }
}
