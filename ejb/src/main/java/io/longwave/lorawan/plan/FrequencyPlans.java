package io.longwave.lorawan.plan;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.LorawanException.Reason;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lookup of frequency plans by their The Things Stack ID. */
public final class FrequencyPlans {

    // Built once and never modified: plans are immutable records.
    private static final Map<String, FrequencyPlan> BY_ID = build();
    // Users write the band ID for the one plan of that band; The Things Stack names the plan with _TTN.
    private static final Map<String, String> ALIASES = Map.of("KR_920_923", "KR_920_923_TTN");

    private FrequencyPlans() {
    }

    public static FrequencyPlan byId(String id) throws LorawanException {
        FrequencyPlan plan = id == null ? null : BY_ID.get(ALIASES.getOrDefault(id, id));
        if (plan == null) {
            throw new LorawanException(Reason.UNSUPPORTED, "unknown frequency plan ID " + id);
        }
        return plan;
    }

    /** Every plan ID, in a stable order. */
    public static List<String> ids() {
        return List.copyOf(BY_ID.keySet());
    }

    private static Map<String, FrequencyPlan> build() {
        List<FrequencyPlan> plans = new ArrayList<>(List.of(EuPlans.eu868(), EuPlans.eu868Ttn(),
                EuPlans.roamingDraft()));
        for (int fsb = 1; fsb <= SubBandPlans.SUB_BANDS; fsb++) {
            plans.add(SubBandPlans.us915(fsb));
        }
        for (int fsb = 1; fsb <= SubBandPlans.SUB_BANDS; fsb++) {
            plans.add(SubBandPlans.au915(fsb));
        }
        plans.addAll(List.of(AsiaPlans.as920923(), AsiaPlans.as923925(), AsiaPlans.as923925TtnAu(),
                AsiaPlans.kr920923Ttn(), AsiaPlans.in865867(), AsiaPlans.cn470Fsb11()));
        Map<String, FrequencyPlan> map = new LinkedHashMap<>();
        for (FrequencyPlan plan : plans) {
            map.put(plan.id(), plan);
        }
        return Collections.unmodifiableMap(map);
    }
}
