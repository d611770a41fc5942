package io.longwave.gateway.cups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TrafficAddressTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "'', localhost:8885, wss://localhost:8887",
        "'', 127.0.0.1, wss://127.0.0.1:8887",
        "'', '[::1]:8885', 'wss://[::1]:8887'",
        "NULL, lns.example.com, wss://lns.example.com:8887",
        "lns.example.com, localhost:8885, wss://lns.example.com:8887",
        "lns.example.com:443, localhost, wss://lns.example.com:443",
        "wss://lns.example.com:9000, localhost, wss://lns.example.com:9000",
        "'[2001:db8::1]:9000', localhost, 'wss://[2001:db8::1]:9000'",
    })
    void hostFromTheGatewayElseFromTheRequestPortDefaultsToTheStationPort(String address, String host, String uri) {
        assertEquals(uri, TrafficAddress.uri(address, host, 8887));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void aRequestWithoutHostAndNoAddressIsRefused(String host) {
        assertThrows(IllegalArgumentException.class, () -> TrafficAddress.uri("", host, 8887));
    }
}
