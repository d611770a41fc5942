package io.longwave.gateway.cups;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StationTargetTest {

    private static final String CUPS = "https://cups.example:8885";
    private static final String TC = "wss://lns.example:8887";
    private static final byte[] CUPS_CRED = "cups-cred".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TC_CRED = "tc-cred".getBytes(StandardCharsets.US_ASCII);
    private static final long CUPS_CRC = CredentialBlob.crc(CUPS_CRED);
    private static final long TC_CRC = CredentialBlob.crc(TC_CRED);

    private static final StationTarget FULL = new StationTarget(Optional.of(CUPS), Optional.of(CUPS_CRED), TC, Optional.of(TC_CRED));
    private static final StationTarget LNS_ONLY = new StationTarget(Optional.empty(), Optional.empty(), TC, Optional.empty());

    private static UpdateInfoRequest station(String cupsUri, String tcUri, long cupsCrc, long tcCrc) {
        return new UpdateInfoRequest(1L, cupsUri, tcUri, cupsCrc, tcCrc, "2.0.6", "linux", "", List.of());
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // name, target, station, cupsUri, tcUri, cupsCred?, tcCred?
                Arguments.of("fresh station gets everything", FULL, station("", "", 0, 0), CUPS, TC, true, true),
                Arguments.of("up-to-date station gets nothing", FULL, station(CUPS, TC, CUPS_CRC, TC_CRC), "", "", false, false),
                Arguments.of("only the tc credentials differ", FULL, station(CUPS, TC, CUPS_CRC, TC_CRC + 1), "", "", false, true),
                Arguments.of("only the cups uri differs", FULL, station("https://old:443", TC, CUPS_CRC, TC_CRC), CUPS, "", false, false),
                Arguments.of("only the tc uri differs", FULL, station(CUPS, "wss://old:8887", CUPS_CRC, TC_CRC), "", TC, false, false),
                Arguments.of("nothing configured but the LNS: cups and credentials untouched", LNS_ONLY,
                        station("https://x:1", "", 5, 6), "", TC, false, false),
                Arguments.of("nothing configured, station on our LNS", LNS_ONLY, station("https://x:1", TC, 5, 6), "", "", false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sendsOnlyWhatDiffers(String name, StationTarget target, UpdateInfoRequest request, String cupsUri, String tcUri,
            boolean cupsCred, boolean tcCred) {
        UpdateInfoResponse r = target.answer(request);
        assertEquals(cupsUri, r.cupsUri());
        assertEquals(tcUri, r.tcUri());
        assertArrayEquals(cupsCred ? CUPS_CRED : new byte[0], r.cupsCredentials());
        assertArrayEquals(tcCred ? TC_CRED : new byte[0], r.tcCredentials());
        assertEquals(0, r.signature().length);
        assertEquals(0, r.update().length);
    }
}
