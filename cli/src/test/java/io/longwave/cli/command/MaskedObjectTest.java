package io.longwave.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.cli.api.Jsons;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MaskedObjectTest {

    /** Pairs of path and value as flags would give them (null: flag not given). */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(new Object[] {"name", "A", "description", null}, "{'name':'A'}", "name"),
                Arguments.of(new Object[] {"admin", false, "name", null}, "{'admin':false}", "admin"),
                Arguments.of(new Object[] {"ids.eui", "0011223344556677", "status_public", true},
                        "{'ids':{'eui':'0011223344556677'},'status_public':true}", "ids.eui status_public"),
                Arguments.of(new Object[] {"ids.dev_eui", "01", "ids.join_eui", "02"},
                        "{'ids':{'dev_eui':'01','join_eui':'02'}}", "ids.dev_eui ids.join_eui"),
                Arguments.of(new Object[] {"rights", List.of("RIGHT_ALL"), "attributes", Map.of("k", "v")},
                        "{'rights':['RIGHT_ALL'],'attributes':{'k':'v'}}", "rights attributes"),
                Arguments.of(new Object[] {"name", null}, "{}", ""));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("cases")
    void documentAndMaskNameTheSameFields(Object[] pairs, String json, String paths) {
        MaskedObject o = new MaskedObject();
        for (int i = 0; i < pairs.length; i += 2) {
            o.set((String) pairs[i], pairs[i + 1]);
        }
        assertEquals(Jsons.parseObject(json.replace('\'', '"')), o.object());
        List<String> expected = paths.isEmpty() ? List.of() : Arrays.asList(paths.split(" "));
        assertEquals(expected, o.paths());
        assertEquals(expected.isEmpty(), o.isEmpty());
        assertEquals(Jsons.parseObject("{\"paths\":" + expected.stream().map(p -> "\"" + p + "\"").toList() + "}"),
                o.fieldMask());
    }

    @Test
    void fixedFieldsAreSentButNotMasked() {
        MaskedObject o = new MaskedObject().fixed("ids.user_id", "alice").set("name", "A");
        assertEquals(List.of("name"), o.paths());
        assertTrue(o.object().getJsonObject("ids").getString("user_id").equals("alice"));
    }
}
