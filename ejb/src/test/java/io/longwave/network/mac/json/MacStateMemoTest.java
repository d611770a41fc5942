package io.longwave.network.mac.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.mac.DevStatusAns;
import io.longwave.lorawan.plan.FrequencyPlans;
import io.longwave.lorawan.region.Bands;
import io.longwave.network.mac.LorawanVersion;
import io.longwave.network.mac.MacContext;
import io.longwave.network.mac.MacEngine;
import io.longwave.network.mac.MacSettings;
import io.longwave.network.mac.MacState;
import io.longwave.network.mac.UplinkInfo;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MacStateMemoTest {

    /** Like the uplink path: the context's clock to the millisecond, reception times to the nanosecond. */
    private static MacState afterUplinks(int count) throws LorawanException {
        var plan = FrequencyPlans.byId("EU_863_870_TTN");
        MacSettings settings = MacSettings.builder().statusCountPeriodicity(2).build();
        Instant now = Instant.ofEpochMilli(1_796_000_000_123L);
        MacContext ctx = new MacContext(Bands.byId(plan.bandId()), plan, LorawanVersion.V1_0_3, settings, now);
        MacEngine engine = new MacEngine();
        MacState s = MacState.initial(ctx);
        for (int f = 1; f <= count; f++) {
            Instant received = now.plusNanos(f * 1_234_567L);
            var up = new UplinkInfo(f, 5, 868_100_000L, true, false, false, 7.75, -97, 3, received);
            s = engine.onUplink(ctx, s, f == 3 ? List.of(new DevStatusAns(200, 7)) : List.of(), up).newState();
        }
        return s;
    }

    @Test
    void whatWasWrittenIsReadBackWithoutParsingAndEqualsAFreshParse() throws LorawanException {
        MacState s = afterUplinks(4);
        assertTrue(s.lastDevStatus().isPresent() && !s.adrHistory().isEmpty());
        MacStateMemo memo = new MacStateMemo(10);
        String json = memo.encode("app/dev", s);
        assertSame(s, memo.decode("app/dev", json));
        assertEquals(MacStateJson.decode(json), memo.decode("app/dev", json));
    }

    @Test
    void otherTextIsParsed() throws LorawanException {
        MacStateMemo memo = new MacStateMemo(10);
        MacState mine = afterUplinks(2);
        memo.encode("app/dev", mine);
        String theirs = MacStateJson.encode(afterUplinks(5)); // written by another node
        MacState read = memo.decode("app/dev", theirs);
        assertNotSame(mine, read);
        assertEquals(MacStateJson.decode(theirs), read);
        assertSame(read, memo.decode("app/dev", theirs));
    }

    @Test
    void aFullMemoStartsAfreshAndAZeroCapacityKeepsNothing() throws LorawanException {
        MacState s = afterUplinks(1);
        MacStateMemo memo = new MacStateMemo(2);
        String a = memo.encode("a", s);
        memo.encode("b", s);
        memo.encode("c", s);
        assertNotSame(s, memo.decode("a", a));
        MacStateMemo none = new MacStateMemo(0);
        assertNotSame(s, none.decode("a", none.encode("a", s)));
    }
}
