package io.longwave.identity.gateway;

import io.longwave.identity.IdentityException;
import io.longwave.identity.api.JsonFields;
import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.plan.FrequencyPlans;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reading the gateway-specific fields of a request: the EUI and the frequency plans. */
public final class GatewayFields {

    private GatewayFields() {
    }

    /** {@code ids.eui}: 16 hex digits, any case, stored upper-case; absent or empty means none. */
    public static Optional<String> eui(JsonObject ids) {
        return JsonFields.string(ids, "eui").filter(s -> !s.isEmpty()).map(s -> {
            if (!s.matches("[0-9A-Fa-f]{16}")) {
                throw IdentityException.invalid("gateway.ids.eui", "must be 16 hexadecimal digits");
            }
            return s.toUpperCase(Locale.ROOT);
        });
    }

    /**
     * The frequency plans of a request: {@code frequency_plan_ids} when given, else the legacy single
     * {@code frequency_plan_id}; every ID must be a plan this server knows.
     */
    public static List<String> frequencyPlans(JsonObject body, boolean listNamed) {
        List<String> ids = listNamed ? JsonFields.strings(body, "frequency_plan_ids")
                : JsonFields.string(body, "frequency_plan_id").filter(s -> !s.isEmpty()).map(List::of).orElse(List.of());
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            try {
                FrequencyPlans.byId(id);
            } catch (LorawanException e) {
                throw IdentityException.invalid(listNamed ? "frequency_plan_ids" : "frequency_plan_id",
                        "unknown frequency plan `" + id + "`");
            }
            if (!out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }
}
