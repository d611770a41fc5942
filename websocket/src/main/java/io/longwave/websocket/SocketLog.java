package io.longwave.websocket;

import io.longwave.platform.logging.RateLimitedLog;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;

/**
 * The rate-limited log of refused and failed websockets. Endpoints are instantiated per connection, so
 * the limiter that keeps a flood of bad connections out of the log lives here, once per application.
 */
@ApplicationScoped
public class SocketLog {

    private static final Logger LOG = Logger.getLogger("io.longwave.websocket");

    private final RateLimitedLog log = new RateLimitedLog(LOG, 10_000);

    /** Logs {@code message} unless the same {@code key} was logged in the last 10 s. */
    public void warn(String key, String message) {
        log.warn(key, message);
    }
}
