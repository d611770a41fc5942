package io.longwave.lorawan.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.lorawan.LorawanException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A CFList decoded on its own equals the one decoded inside a join-accept. */
class CfListDecodeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "EU868 extra channels, 184F84E85684B85E84886684586E8400, 0",
            "US915 FSB2,            00FF0000000000000000000000000001, 1"
    })
    void decodes(String name, String hex, int type) throws Exception {
        CfList cf = PhyPayloadDecoder.decodeCfList(HexFormat.of().parseHex(hex));
        assertEquals(type, cf.type());
        if (cf instanceof FrequencyCfList f) {
            assertEquals(List.of(867_100_000, 867_300_000, 867_500_000, 867_700_000, 867_900_000), f.frequenciesHz());
        } else {
            assertEquals(List.of(0xFF00, 0, 0, 0, 0), ((ChannelMaskCfList) cf).chMasks());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "too short,    184F84E85684B85E84886684586E84",
            "unknown type, 184F84E85684B85E84886684586E8402"
    })
    void refuses(String name, String hex) {
        LorawanException e = assertThrows(LorawanException.class,
                () -> PhyPayloadDecoder.decodeCfList(HexFormat.of().parseHex(hex)));
        assertEquals(LorawanException.Reason.BAD_CF_LIST, e.reason());
    }
}
