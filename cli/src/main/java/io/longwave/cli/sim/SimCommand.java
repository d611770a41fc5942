package io.longwave.cli.sim;

import io.longwave.cli.api.ApiClient;
import io.longwave.cli.api.ApiException;
import io.longwave.cli.api.ConnectionException;
import io.longwave.cli.api.Credentials;
import io.longwave.cli.api.Jsons;
import io.longwave.cli.api.Session;
import io.longwave.lorawan.LorawanException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lw sim}: gateways and devices over real Semtech UDP, provisioning and events over the HTTP API. */
@Command(name = "sim", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Simulate gateways and end devices against the server: Semtech UDP and LoRa Basics Station"
                + " gateways, uplinks, joins, downlinks,"
                + " MAC commands, events; prints a load and loss report.",
                "Exit code: 0 run completed (even with losses), 1 setup failed, 3 losses with --fail-on-loss."})
public final class SimCommand implements Callable<Integer> {

    public static final int EXIT_SETUP = 1;
    public static final int EXIT_LOSS = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--udp", paramLabel = "HOST:PORT", description = "Semtech UDP address of the server (default: ${DEFAULT-VALUE}).",
            defaultValue = "127.0.0.1:1700")
    String udp;

    @Option(names = "--gateways", description = "Number of gateways (default: ${DEFAULT-VALUE}).", defaultValue = "3")
    int gateways;

    @Option(names = "--station-gateways", paramLabel = "K", description = "Of the gateways, the last K speak LoRa Basics"
            + " Station instead of Semtech UDP (default: ${DEFAULT-VALUE}). Uplinks heard by several gateways then reach"
            + " the server over both protocols.", defaultValue = "0")
    int stationGateways;

    @Option(names = "--station", paramLabel = "URI", description = "Basics Station address of the server, ws[s]://HOST:PORT"
            + " (default: wss://<host of the configured server>:8887). Over wss the CA of lw cli use is trusted and each"
            + " station sends a gateway API key with the link right, made for the run and deleted after it.")
    String station;

    @Option(names = "--station-timeout", description = "Seconds a Basics Station gateway may take to be discovered and"
            + " get its router_config (default: ${DEFAULT-VALUE}).", defaultValue = "30")
    double stationTimeout;

    @Option(names = "--devices", description = "Number of devices (default: ${DEFAULT-VALUE}).", defaultValue = "10")
    int devices;

    @Option(names = "--heard-by", description = "Gateways that hear each uplink (default: min(3, gateways)).")
    Integer heardBy;

    @Option(names = "--rate", description = "Uplinks per second over all devices (default: ${DEFAULT-VALUE}).",
            defaultValue = "10")
    double rate;

    @Option(names = "--duration", description = "Measured seconds (default: ${DEFAULT-VALUE}).", defaultValue = "30")
    double duration;

    @Option(names = "--warmup", description = "Seconds of uplinks before measuring (default: ${DEFAULT-VALUE}).",
            defaultValue = "0")
    double warmup;

    @Option(names = "--confirmed", description = "Fraction of confirmed uplinks, 0..1 (default: ${DEFAULT-VALUE}).",
            defaultValue = "0")
    double confirmed;

    @Option(names = "--activation", description = "otaa or abp (default: ${DEFAULT-VALUE}).", defaultValue = "abp")
    String activation;

    @Option(names = "--lorawan", description = "1.0.3 or 1.1 (default: ${DEFAULT-VALUE}).", defaultValue = "1.0.3")
    String lorawan;

    @Option(names = "--application", description = "Application ID (default: ${DEFAULT-VALUE}).", defaultValue = "sim")
    String application;

    @Option(names = "--prefix", description = "Prefix of gateway and device IDs and of their EUIs and keys"
            + " (default: ${DEFAULT-VALUE}).", defaultValue = "sim")
    String prefix;

    @Option(names = "--frequency-plan", description = "Frequency plan ID (default: ${DEFAULT-VALUE}).",
            defaultValue = "EU_863_870_TTN")
    String frequencyPlan;

    @Option(names = "--snr", description = "SNR in dB at the best gateway, at full power (default: ${DEFAULT-VALUE}).",
            defaultValue = "5")
    double snr;

    @Option(names = "--data-rate", description = "Data rate index devices start on; -1: the plan's fastest 125 kHz rate"
            + " (default: ${DEFAULT-VALUE}). ADR moves them from there.", defaultValue = "-1")
    int dataRate;

    @Option(names = "--f-cnt-start", description = "First uplink FCnt of ABP devices (default: ${DEFAULT-VALUE}). A"
            + " run after another on the same devices needs a higher start, or the server refuses its uplinks as replays.",
            defaultValue = "0")
    long fCntStart;

    @Option(names = "--enforce-duty-cycle", description = "Create the simulated gateways with duty-cycle enforcement."
            + " Off by default: a few gateways answering hundreds of uplinks a second would exceed it at once.")
    boolean enforceDutyCycle;

    @Option(names = "--no-provision",
            description = "Do not create the application, gateways and devices that are missing.")
    boolean noProvision;

    @Option(names = "--no-events",
            description = "Do not read the application's event stream (read by default when authenticated).")
    boolean noEvents;

    @Option(names = "--api-key", description = "API key to use instead of the stored credentials.")
    String apiKey;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--downlink-every", description = "Push an application downlink every N uplinks of a device (0: never).",
            defaultValue = "0")
    int downlinkEvery;

    @Option(names = "--class-c", description = "Register the devices as class C.")
    boolean classC;

    @Option(names = "--event-timeout", description = "Seconds to wait for missing events after the run (default: ${DEFAULT-VALUE}).",
            defaultValue = "5")
    double eventTimeout;

    @Option(names = "--ack-timeout-ms", description = "Milliseconds after which a PUSH_ACK/PULL_ACK is missing"
            + " (default: ${DEFAULT-VALUE}).", defaultValue = "1000")
    long ackTimeoutMillis;

    @Option(names = "--join-attempts", description = "Join-requests per OTAA device before it counts as failed"
            + " (default: ${DEFAULT-VALUE}).", defaultValue = "3")
    int joinAttempts;

    @Option(names = "--dev-addr-base", paramLabel = "HEX", description = "ABP DevAddr base, inside the server's NetID"
            + " range (default: ${DEFAULT-VALUE}).", defaultValue = "01000000")
    String devAddrBase;

    @Option(names = "--pull-interval", description = "Seconds between PULL_DATA keep-alives (default: ${DEFAULT-VALUE}).",
            defaultValue = "5")
    double pullInterval;

    @Option(names = "--stat-interval", description = "Seconds between stat reports (default: ${DEFAULT-VALUE}).",
            defaultValue = "30")
    double statInterval;

    @Option(names = "--fail-on-loss", description = "Exit 3 when any loss was counted.")
    boolean failOnLoss;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SimConfig config;
        RadioPlan plan;
        try {
            config = config();
            plan = new RadioPlan(config.frequencyPlan());
        } catch (IllegalArgumentException | LorawanException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return EXIT_SETUP;
        }
        List<DeviceIdentity> identities = new ArrayList<>();
        for (int i = 0; i < config.devices(); i++) {
            identities.add(DeviceIdentity.of(config.prefix(), i, config.devAddrBase()));
        }
        Optional<ApiClient> api;
        Map<Integer, GatewayKey> stationKeys = Map.of();
        try {
            api = apiClient();
            if (!noProvision) {
                new Provisioner(api.orElseThrow(() -> new ApiException(401,
                        "provisioning needs credentials: lw cli login, or --api-key, or --no-provision")), config, err)
                        .provision(identities);
            }
            if (secureStations() && api.isPresent()) {
                stationKeys = new Provisioner(api.get(), config, err).stationKeys();
            }
        } catch (ApiException | ConnectionException | IOException | IllegalStateException
                 | jakarta.json.JsonException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return EXIT_SETUP;
        }
        SimReport report;
        try (LoadRunner runner = new LoadRunner(config, identities, plan, api, err)) {
            if (config.stationGateways() > 0) {
                runner.connectStations(stationConnection(), secrets(stationKeys));
            }
            runner.openEvents();
            report = runner.run();
        } catch (ApiException | ConnectionException | IOException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return EXIT_SETUP;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("error: interrupted");
            err.flush();
            return EXIT_SETUP;
        } finally {
            if (!stationKeys.isEmpty()) {
                new Provisioner(api.get(), config, err).deleteKeys(stationKeys);
            }
        }
        if (json) {
            out.println(Jsons.pretty(report.toJson()));
            out.flush();
        } else {
            report.print(out);
        }
        return failOnLoss && report.losses().total() > 0 ? EXIT_LOSS : 0;
    }

    SimConfig config() {
        int colon = udp.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("--udp must be HOST:PORT, got " + udp);
        }
        int port;
        try {
            port = Integer.parseInt(udp.substring(colon + 1));
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--udp port must be 1..65535, got " + udp);
        }
        String host = udp.substring(0, colon).replace("[", "").replace("]", "");
        boolean otaa = switch (activation.toLowerCase(java.util.Locale.ROOT)) {
            case "otaa" -> true;
            case "abp" -> false;
            default -> throw new IllegalArgumentException("--activation must be otaa or abp, got " + activation);
        };
        int base;
        try {
            base = (int) Long.parseLong(devAddrBase, 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--dev-addr-base must be hexadecimal, got " + devAddrBase);
        }
        return new SimConfig(host, port, gateways, devices, heardBy == null ? Math.min(3, gateways) : heardBy, rate,
                duration, warmup, confirmed, otaa, LorawanVersion.parse(lorawan), application, prefix, frequencyPlan,
                snr, downlinkEvery, classC, !noEvents, eventTimeout, ackTimeoutMillis, joinAttempts, base & 0xFF00_0000,
                pullInterval, statInterval, dataRate, fCntStart, enforceDutyCycle, stationGateways);
    }

    private static Map<Integer, String> secrets(Map<Integer, GatewayKey> keys) {
        Map<Integer, String> secrets = new HashMap<>();
        keys.forEach((index, key) -> secrets.put(index, key.secret()));
        return secrets;
    }

    /** Where the Basics Station gateways connect; over wss trusting the configured CA as the API client does. */
    private StationGateway.Connection stationConnection() throws IOException {
        URI server = stationUri();
        HttpClient client;
        try {
            client = secureStations() ? Session.fromEnvironment().transport().webSocketClient() : HttpClient.newHttpClient();
        } catch (IllegalStateException e) {
            throw new IOException(e.getMessage(), e);
        }
        return new StationGateway.Connection(client, server, Optional.empty(),
                Duration.ofMillis((long) (stationTimeout * 1000)));
    }

    private URI stationUri() throws IOException {
        URI server;
        try {
            server = URI.create(station != null ? station
                    : "wss://" + Session.fromEnvironment().server().baseUrl().getHost() + ":8887");
        } catch (IllegalArgumentException e) {
            throw new IOException("--station must be ws[s]://HOST:PORT, got " + station, e);
        } catch (IllegalStateException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (!"ws".equalsIgnoreCase(server.getScheme()) && !"wss".equalsIgnoreCase(server.getScheme())
                || server.getHost() == null || server.getPort() < 0) {
            throw new IOException("--station must be ws[s]://HOST:PORT, got " + server);
        }
        return server;
    }

    /** Stations send their key only over TLS, as the real station does: over ws no key is made either. */
    private boolean secureStations() {
        return stationGateways > 0 && (station == null || station.regionMatches(true, 0, "wss:", 0, 4));
    }

    private Optional<ApiClient> apiClient() throws IOException, ApiException, ConnectionException {
        if (noProvision && noEvents && downlinkEvery == 0 && !secureStations()) {
            return Optional.empty();
        }
        Session session = Session.fromEnvironment();
        if (apiKey != null && !apiKey.isBlank()) {
            return Optional.of(session.api(new Credentials.ApiKey(session.server().origin(), apiKey)));
        }
        if (session.credentials().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(session.api());
    }
}
