package io.longwave.network.mac;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.plan.FrequencyPlans;
import io.longwave.lorawan.region.Bands;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** Shared set-up: an EU868 device whose desired parameters equal its current ones unless a test says otherwise. */
final class MacFixtures {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final MacEngine ENGINE = new MacEngine();

    private MacFixtures() {
    }

    static MacContext ctx(String plan, LorawanVersion version, MacSettings settings) {
        try {
            var p = FrequencyPlans.byId(plan);
            return new MacContext(Bands.byId(p.bandId()), p, version, settings, T0);
        } catch (LorawanException e) {
            throw new IllegalStateException(e);
        }
    }

    static MacContext eu(LorawanVersion version) {
        return ctx("EU_863_870", version, MacSettings.defaults());
    }

    static MacContext eu(MacSettings settings) {
        return ctx("EU_863_870", LorawanVersion.V1_0_3, settings);
    }

    /** Initial state with desired := current, so nothing is initiated unless the test changes desired. */
    static MacState quiet(MacContext ctx) {
        MacState s = MacState.initial(ctx);
        return s.withDesired(s.current());
    }

    static MacState quiet(MacContext ctx, Consumer<MacParameters.Builder> change) {
        MacState s = quiet(ctx);
        MacParameters.Builder d = s.desired().toBuilder();
        change.accept(d);
        return s.withDesired(d.build());
    }

    static UplinkInfo uplink(long fCnt, int dr, double snr) {
        return new UplinkInfo(fCnt, dr, 868_100_000L, true, false, false, snr, -90, 2, T0.plusSeconds(fCnt * 60));
    }

    static UplinkInfo uplink(long fCnt) {
        return uplink(fCnt, 0, 5);
    }

    static MacOutcome run(MacContext ctx, MacState s, List<MacCommand> fromDevice, UplinkInfo up) {
        return ENGINE.onUplink(ctx, s, fromDevice, up);
    }

    static MacOutcome run(MacContext ctx, MacState s, MacCommand... fromDevice) {
        return run(ctx, s, List.of(fromDevice), uplink(1));
    }
}
