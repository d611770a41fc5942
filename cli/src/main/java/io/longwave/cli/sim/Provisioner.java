package io.longwave.cli.sim;

import io.longwave.cli.api.ApiClient;
import io.longwave.cli.api.ApiException;
import io.longwave.cli.api.ApiRequest;
import io.longwave.cli.api.ConnectionException;
import io.longwave.cli.command.AuthInfo;
import io.longwave.cli.command.EntityKind;
import io.longwave.cli.command.OwnerRef;
import jakarta.json.JsonObject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Creates what is missing for a run: application, gateways, devices in the IS, then the NS, JS and AS records. */
public final class Provisioner {

    private static final int PARALLEL = 4;

    private final ApiClient api;
    private final SimConfig config;
    private final PrintWriter log;
    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger existed = new AtomicInteger();

    public Provisioner(ApiClient api, SimConfig config, PrintWriter log) {
        this.api = api;
        this.config = config;
        this.log = log;
    }

    public void provision(List<DeviceIdentity> devices) throws ApiException, ConnectionException {
        OwnerRef owner = AuthInfo.caller(AuthInfo.fetch(api)).orElseThrow(() -> new ApiException(401,
                "not authenticated: log in (lw cli login) or give --api-key"));
        createIfMissing(ProvisionRequests.application(owner.collectionPath(EntityKind.APPLICATION), config.application()));
        List<ApiRequest> requests = new ArrayList<>();
        for (int i = 0; i < config.gateways(); i++) {
            requests.add(ProvisionRequests.gateway(owner.collectionPath(EntityKind.GATEWAY),
                    DeviceIdentity.gatewayId(config.prefix(), i), DeviceIdentity.gatewayEui(config.prefix(), i),
                    config.frequencyPlan(), config.enforceDutyCycle()));
        }
        runAll(requests, true);
        runAll(devices.stream().map(d -> ProvisionRequests.identityDevice(config.application(), d, config.otaa()))
                .toList(), true);
        List<ApiRequest> components = new ArrayList<>();
        for (DeviceIdentity d : devices) {
            components.add(ProvisionRequests.networkServer(config.application(), d, config.otaa(), config.version(),
                    config.frequencyPlan(), config.classC()));
            if (config.otaa()) {
                components.add(ProvisionRequests.joinServer(config.application(), d, config.version()));
            } else {
                components.add(ProvisionRequests.applicationServer(config.application(), d, false));
            }
        }
        runAll(components, false);
        log.printf("provisioned application %s, %d gateways, %d devices (%d created, %d already there)%n",
                config.application(), config.gateways(), devices.size(), created.get(), existed.get());
        log.flush();
    }

    /**
     * A new key with the link right for each Basics Station gateway, by gateway index: a key's secret is
     * shown only when it is made, so every run makes its own (also with --no-provision) and deletes it
     * afterwards ({@link #deleteKeys}).
     */
    public Map<Integer, GatewayKey> stationKeys() throws ApiException, ConnectionException {
        Map<Integer, GatewayKey> keys = new HashMap<>();
        for (int i = config.gateways() - config.stationGateways(); i < config.gateways(); i++) {
            String gatewayId = DeviceIdentity.gatewayId(config.prefix(), i);
            JsonObject made = api.call(ProvisionRequests.gatewayLinkKey(gatewayId)).body();
            String secret = made.getString("key", "");
            if (secret.isEmpty()) {
                throw new IllegalStateException("the server made no API key for gateway " + gatewayId);
            }
            keys.put(i, new GatewayKey(gatewayId, made.getString("id", ""), secret));
        }
        return Map.copyOf(keys);
    }

    /** Deletes the keys of a run; one that cannot be deleted is reported, not fatal. */
    public void deleteKeys(Map<Integer, GatewayKey> keys) {
        for (GatewayKey k : keys.values()) {
            try {
                api.call(ProvisionRequests.deleteGatewayKey(k.gatewayId(), k.id()));
            } catch (ApiException | ConnectionException e) {
                log.printf("could not delete API key %s of gateway %s: %s%n", k.id(), k.gatewayId(), e.getMessage());
                log.flush();
            }
        }
    }

    private void runAll(List<ApiRequest> requests, boolean create) throws ApiException, ConnectionException {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL, r -> {
            Thread t = new Thread(r, "sim-provision");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (ApiRequest r : requests) {
                futures.add(pool.submit(() -> {
                    if (create) {
                        createIfMissing(r);
                    } else {
                        api.call(r);
                        created.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<Void> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionException("interrupted while provisioning", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ApiException a) {
                throw a;
            }
            if (e.getCause() instanceof ConnectionException c) {
                throw c;
            }
            throw new IllegalStateException("provisioning failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private void createIfMissing(ApiRequest request) throws ApiException, ConnectionException {
        try {
            api.call(request);
            created.incrementAndGet();
        } catch (ApiException e) {
            if (e.status() != 409) {
                throw new ApiException(e.status(), request.method() + " " + request.path() + ": " + e.getMessage());
            }
            existed.incrementAndGet();
        }
    }
}
