package io.longwave.lorawan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LorawanExceptionTest {
    @Test
    void carriesReasonInMessage() {
        LorawanException e = new LorawanException(LorawanException.Reason.TOO_SHORT, "need 12 bytes, got 3");
        assertEquals(LorawanException.Reason.TOO_SHORT, e.reason());
        assertTrue(e.getMessage().startsWith("TOO_SHORT"));
    }
}
