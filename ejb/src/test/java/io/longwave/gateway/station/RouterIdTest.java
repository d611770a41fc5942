package io.longwave.gateway.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RouterIdTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            // id6
            "b827:ebff:fe61:51d5 | B827EBFFFE6151D5",
            "B827:EBFF:FE61:51D5 | B827EBFFFE6151D5",
            "::1                 | 0000000000000001",
            "::                  | 0000000000000000",
            "::0                 | 0000000000000000",
            "1::                 | 0001000000000000",
            "f::1                | 000F000000000001",
            "::a:b               | 00000000000A000B",
            "1:2::3              | 0001000200000003",
            "1::2:3              | 0001000000020003",
            "0:0:0:1             | 0000000000000001",
            "b8:27:eb:ff         | 00B8002700EB00FF",
            // EUI with separators, any case
            "B8-27-EB-FF-FE-61-51-D5 | B827EBFFFE6151D5",
            "b8-27-eb-ff-fe-61-51-d5 | B827EBFFFE6151D5",
            "B8:27:EB:FF:FE:61:51:D5 | B827EBFFFE6151D5",
            // plain hex
            "B827EBFFFE6151D5    | B827EBFFFE6151D5",
            "ffffffffffffffff    | FFFFFFFFFFFFFFFF",
            "0000000000000001    | 0000000000000001",
    })
    void textForms(String text, String eui) {
        assertEquals(eui, RouterId.hex(RouterId.parse(text)));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "0                    | 0000000000000000",
            "1                    | 0000000000000001",
            "13269834311787434453 | B827EBFFFE6151D5", // above Long.MAX_VALUE
            "9223372036854775807  | 7FFFFFFFFFFFFFFF",
            "18446744073709551615 | FFFFFFFFFFFFFFFF",
    })
    void integers(String number, String eui) {
        assertEquals(eui, RouterId.hex(RouterId.parse(new BigInteger(number))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "18446744073709551616", "100000000000000000000"})
    void integersOutsideUnsigned64BitsAreRefused(String number) {
        assertThrows(InvalidRouterId.class, () -> RouterId.parse(new BigInteger(number)));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {
            "",
            "B827EBFFFE6151D",          // 15 digits
            "B827EBFFFE6151D5A",        // 17 digits
            "B827EBFFFE6151DG",         // not hex
            "1:2:3:4:5",                // five id6 groups
            "1:2:3",                    // three groups without ::
            "1::2::3",                  // two ::
            "1:2::3:4",                 // four groups and ::
            "12345::1",                 // group of five digits
            "1:::2",                    // empty group
            ":1:2:3",                   // leading single colon
            "B8-27-EB-FF-FE-61-51",     // seven groups
            "B8-27-EB-FF-FE-61-51-D5-00",
            "B8-27:EB-FF-FE-61-51-D5",  // mixed separators
            "B827-EBFF-FE61-51D5",      // dashes need two-digit groups
            "eui-b827ebfffe6151d5",
            " b827:ebff:fe61:51d5",
    })
    void invalidText(String text) {
        assertThrows(InvalidRouterId.class, () -> RouterId.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"0, 0000000000000000", "-1, FFFFFFFFFFFFFFFF", "-5176909761922117163, B827EBFFFE6151D5"})
    void hexIsSixteenUpperCaseDigits(long eui, String hex) {
        assertEquals(hex, RouterId.hex(eui));
    }
}
