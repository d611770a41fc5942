package io.longwave.it.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.it.TestServer;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code lw sim} with small numbers against the server under test: gateways and devices over real UDP,
 * provisioning and events over HTTPS. Every uplink becomes exactly one event with one metadata entry
 * per gateway, confirmed uplinks and pushed downlinks come back, MAC commands are answered, ADR raises
 * the data rate of devices with a good link, and nothing is lost. The mixed run puts Basics Station
 * gateways (wss, a gateway API key each) beside UDP ones: every uplink reaches the server over both
 * protocols and is still one event, and downlinks leave through both.
 */
class SimIT {

    @ParameterizedTest(name = "{0} LoRaWAN {1}")
    @CsvSource({"abp,1.0.3", "otaa,1.0.3", "otaa,1.1"})
    void devicesRunWithoutLoss(String activation, String version) throws Exception {
        Path home = Files.createTempDirectory("lw-sim-it");
        Cli cli = Cli.asAdmin(home);
        String prefix = "it-" + activation + version.replace(".", "");
        Cli.Run run = cli.run("sim", "--udp", "127.0.0.1:" + TestServer.port("LW_UDP_PORT"),
                "--application", prefix, "--prefix", prefix, "--activation", activation, "--lorawan", version,
                "--gateways", "3", "--heard-by", "3", "--devices", "8", "--rate", "8", "--duration", "40",
                "--confirmed", "0.3", "--downlink-every", "5", "--snr", "20", "--data-rate", "0", "--json", "--fail-on-loss");
        assertEquals(0, run.exit(), run.toString());
        JsonObject report = run.json();
        assertTrue(report.getJsonNumber("uplinks_sent").longValue() >= 200, report.toString());
        assertEquals(report.getJsonNumber("uplinks_sent").longValue(), report.getJsonNumber("uplink_events_matched").longValue(),
                report.toString());
        assertEquals(3, report.getJsonObject("rx_metadata").getInt("min"), "every uplink heard by 3 gateways");
        assertTrue(report.getJsonNumber("application_downlinks_received").longValue() > 0, report.toString());
        assertTrue(report.getJsonNumber("mac_answers_sent").longValue() > 0, "MAC commands answered: " + report);
        assertTrue(report.getJsonObject("data_rates").containsKey("DR5"), "ADR raised devices to DR5: " + report);
        // lead-time figures belong to the benchmark (docs/PERFORMANCE.md); here no downlink may be too late
        assertEquals(0, report.getJsonObject("losses").getInt("downlinks_too_late"), report.toString());
    }

    @Test
    void mixedUdpAndBasicsStationRunWithoutLoss() throws Exception {
        Path home = Files.createTempDirectory("lw-sim-it");
        Cli cli = Cli.asAdmin(home);
        String prefix = "it-mixed";
        Cli.Run run = cli.run("sim", "--udp", "127.0.0.1:" + TestServer.port("LW_UDP_PORT"),
                "--station", "wss://localhost:" + TestServer.port("LW_STATION_WSS_PORT"), "--station-gateways", "2",
                "--application", prefix, "--prefix", prefix, "--activation", "otaa", "--lorawan", "1.0.3",
                "--gateways", "3", "--heard-by", "3", "--devices", "9", "--rate", "9", "--duration", "40",
                "--confirmed", "0.3", "--downlink-every", "5", "--snr", "20", "--data-rate", "0", "--json", "--fail-on-loss");
        assertEquals(0, run.exit(), run.toString());
        JsonObject report = run.json();
        long sent = report.getJsonNumber("uplinks_sent").longValue();
        assertTrue(sent >= 250, report.toString());
        assertEquals(sent, report.getJsonNumber("uplink_events_matched").longValue(), report.toString());
        // Both protocols' copies end in the one event. Not min 3 as above: a copy that reaches the server after
        // the 200 ms dedup window is left out by design, and on the shared 2-core test machine a station's
        // websocket write now and then took over 250 ms (send_delay_ms), while a datagram never waits.
        assertTrue(report.getJsonObject("rx_metadata").getJsonNumber("avg").doubleValue() >= 2.95,
                "heard by 3 gateways of both protocols: " + report);
        assertTrue(report.getJsonObject("rx_metadata").getInt("min") >= 2, report.toString());
        assertEquals(9, report.getInt("joins"), report.toString());
        JsonObject station = report.getJsonObject("protocols").getJsonObject("basicstation");
        JsonObject udp = report.getJsonObject("protocols").getJsonObject("udp");
        assertEquals(2, station.getInt("gateways"));
        assertEquals(1, udp.getInt("gateways"));
        assertTrue(station.getJsonNumber("uplinks_reported").longValue() >= 2 * sent, report.toString());
        assertTrue(udp.getJsonNumber("uplinks_reported").longValue() >= sent, report.toString());
        // devices 1, 2, 4, 5, 7, 8 are heard best by a station, 0, 3, 6 by the UDP gateway
        assertTrue(station.getJsonNumber("downlinks_received").longValue() > 0, report.toString());
        assertTrue(udp.getJsonNumber("downlinks_received").longValue() > 0, report.toString());
        assertTrue(station.getJsonObject("join_accept_lead_ms").getInt("count") > 0, report.toString());
        assertTrue(station.getJsonObject("downlink_lead_ms").getInt("count") > 0, report.toString());
        assertTrue(report.getJsonNumber("application_downlinks_received").longValue() > 0, report.toString());
        assertTrue(report.getJsonObject("other").getJsonNumber("dntxed").longValue() > 0, "dntxed reported: " + report);
        assertEquals(0, report.getJsonObject("losses").getInt("total"), report.toString());
    }
}
