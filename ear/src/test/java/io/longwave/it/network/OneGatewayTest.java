package io.longwave.it.network;

import io.longwave.it.api.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Where most traffic tests start: an administrator's token, a fresh application and one registered
 * gateway, made again for each test class (classes run one after another).
 */
abstract class OneGatewayTest {

    static String token;
    static String app;
    static TestGateway gateway;

    @BeforeAll
    static void registerApplicationAndGateway() throws Exception {
        token = Api.admin();
        app = Network.application(token);
        gateway = Network.gateway(token);
    }

    @AfterAll
    static void closeGateway() {
        gateway.close();
    }
}
