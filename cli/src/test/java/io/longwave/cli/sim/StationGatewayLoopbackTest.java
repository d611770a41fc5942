package io.longwave.cli.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.cli.api.Jsons;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simulated Basics Station against a fake LNS on loopback: discovery, version, updf, dnmsg, dntxed, losses. */
class StationGatewayLoopbackTest {

    private static final long EUI = 0x5349_4D47_0000_0001L;
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    private final SimCounters counters = new SimCounters();
    private final List<ReceivedDownlink> routed = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        timers.shutdownNow();
    }

    private StationGateway connect(FakeLns lns, Duration timeout) throws IOException {
        StationClock clock = new StationClock(0xA5, System.nanoTime(), 12_345);
        return StationGateway.connect(0, EUI, clock, (g, d) -> routed.add(d), counters, eui -> null, timers,
                new StationGateway.Connection(HttpClient.newHttpClient(), URI.create(lns.base()), Optional.of("SECRET"),
                        timeout));
    }

    private static FakeLns lns() throws IOException {
        return new FakeLns(base -> "{\"router\":\"" + StationMessages.id6(EUI) + "\",\"muxs\":\"fake\",\"uri\":\"" + base
                + "/traffic/" + DeviceIdentity.hex(EUI) + "\"}");
    }

    private static JsonObject next(FakeLns lns) throws InterruptedException {
        String text = lns.traffic.poll(5, TimeUnit.SECONDS);
        assertNotNull(text, "no message from the station");
        return Jsons.parseObject(text);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(condition.getAsBoolean(), "timed out");
    }

    private static Uplink uplink() {
        byte[] phy = HexFormat.of().parseHex("40" + "04030201" + "00" + "0100" + "01" + "AA" + "11223344");
        return new Uplink(0, 1, false, false, phy, 0, 0, 868_100_000, 5, "SF7BW125", 7.0);
    }

    @Test
    void discoversConnectsReportsAndAnswersDownlinks() throws Exception {
        try (FakeLns lns = lns(); StationGateway gw = connect(lns, Duration.ofSeconds(5))) {
            assertEquals("{\"router\":\"5349:4d47:0:1\"}", lns.discoveryRequests.poll(1, TimeUnit.SECONDS));
            assertEquals("version", next(lns).getString("msgtype"));
            assertTrue(gw.ready());
            assertTrue(lns.authorizations.isEmpty(), "no key over plain ws, as the real station");

            long xtime = gw.receive(uplink(), "", -70, 7.0);
            JsonObject updf = next(lns);
            assertEquals("updf", updf.getString("msgtype"));
            assertEquals(xtime, updf.getJsonObject("upinfo").getJsonNumber("xtime").longValueExact());
            assertEquals(0xA5, StationClock.session(xtime));
            assertTrue(updf.getJsonNumber("RefTime").doubleValue() >= 1_700_000_000.5, "RefTime from router_config's MuxTime");

            lns.send("{\"msgtype\":\"dnmsg\",\"DevEui\":\"53-49-4D-00-00-00-00-01\",\"dC\":0,\"diid\":9,\"pdu\":\"60AABBCCDD\","
                    + "\"RxDelay\":1,\"RX1DR\":5,\"RX1Freq\":868100000,\"RX2DR\":0,\"RX2Freq\":869525000,\"xtime\":" + xtime
                    + ",\"rctx\":0,\"priority\":25,\"MuxTime\":1700000001.0}");
            await(() -> routed.size() == 1);
            ReceivedDownlink d = routed.get(0);
            assertEquals(ReceivedDownlink.Window.RX1, d.window());
            assertEquals(StationClock.plus(xtime, 1_000_000), d.txTime());
            assertTrue(d.leadMicros() > 500_000 && d.leadMicros() <= 1_000_000, "lead " + d.leadMicros());
            JsonObject dntxed = next(lns);   // at the transmission time, about a second later
            assertEquals("dntxed", dntxed.getString("msgtype"));
            assertEquals(9, dntxed.getInt("diid"));
            assertEquals("53-49-4D-00-00-00-00-01", dntxed.getString("DevEui"));
            assertEquals(StationClock.plus(xtime, 1_000_000), dntxed.getJsonNumber("xtime").longValueExact());
            assertEquals(1, counters.of(Protocol.BASIC_STATION).uplinks.sum());
            assertEquals(1, counters.of(Protocol.BASIC_STATION).transitMicros.size());
        }
    }

    @Test
    void countsTooLateDownlinksAndDisconnects() throws Exception {
        try (FakeLns lns = lns(); StationGateway gw = connect(lns, Duration.ofSeconds(5))) {
            next(lns);
            long xtime = gw.receive(uplink(), "", -70, 7.0);
            next(lns);
            long old = StationClock.plus(xtime, -3_000_000);
            lns.send("{\"msgtype\":\"dnmsg\",\"DevEui\":\"53-49-4D-00-00-00-00-01\",\"dC\":0,\"diid\":10,\"pdu\":\"60AA\","
                    + "\"RxDelay\":1,\"RX1DR\":5,\"RX1Freq\":868100000,\"RX2DR\":0,\"RX2Freq\":869525000,\"xtime\":" + old + "}");
            lns.send("not json");
            await(() -> counters.tooLate.sum() == 1 && counters.stationBadMessages.sum() == 1);
            assertEquals(1, counters.of(Protocol.BASIC_STATION).tooLate.sum());
            assertTrue(routed.isEmpty());
            lns.closeTraffic();
            await(() -> counters.stationDisconnects.sum() == 1);
            assertTrue(!gw.ready(), "a closed traffic socket is not ready");
        }
    }

    @Test
    void refusedDiscoveryFailsTheConnect() throws Exception {
        try (FakeLns lns = new FakeLns(base -> "{\"router\":\"5349:4d47:0:1\",\"error\":\"gateway not registered\"}")) {
            IOException e = assertThrows(IOException.class, () -> connect(lns, Duration.ofMillis(800)));
            assertTrue(e.getMessage().contains("gateway not registered"), e.getMessage());
            assertTrue(lns.discoveryRequests.size() >= 2, "discovery retried until the timeout");
        }
    }
}
