package io.longwave.gateway.udp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PushDataParserTest {

    private static MalformedDatagramException.Reason refusal(String body) {
        return assertThrows(MalformedDatagramException.class,
                () -> PushDataParser.parse(body.getBytes(StandardCharsets.UTF_8))).reason();
    }

    @Test
    void bodiesThatAreNotAJsonObjectAreBadJson() {
        assertEquals(MalformedDatagramException.Reason.BAD_JSON, refusal("{\"rxpk\":[{\"tmst\":1,"));
        assertEquals(MalformedDatagramException.Reason.BAD_JSON, refusal("not JSON"));
        assertEquals(MalformedDatagramException.Reason.BAD_JSON, refusal("[]"));
        assertEquals(MalformedDatagramException.Reason.BAD_JSON, refusal(""));
    }

    @Test
    void nestingBeyondTheParserLimitIsBadJsonNotAnUncheckedException() {
        assertEquals(MalformedDatagramException.Reason.BAD_JSON, refusal("{\"rxpk\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}"));
    }

    @Test
    void eachRxpkIsJudgedAlone() throws Exception {
        String good = "{\"tmst\":1,\"freq\":868.1,\"stat\":1,\"datr\":\"SF7BW125\",\"data\":\"QAECAwQ=\"}";
        PushData d = PushDataParser.parse(("{\"rxpk\":[42,{\"tmst\":1,\"freq\":868.1,\"datr\":\"SF7BW125\",\"data\":\"%%\"},"
                + "{\"stat\":-1,\"data\":\"QAE=\"},{\"tmst\":1,\"freq\":868.1,\"datr\":\"SF7BW125\",\"data\":\""
                + java.util.Base64.getEncoder().encodeToString(new byte[256]) + "\"}," + good + "]}").getBytes(StandardCharsets.UTF_8));
        assertEquals(1, d.packets().size());
        assertEquals(2, d.malformed());
        assertEquals(1, d.crcFailed());
        assertEquals(1, d.oversized());
    }
}
