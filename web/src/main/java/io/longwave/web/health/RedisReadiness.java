package io.longwave.web.health;

import io.longwave.platform.redis.RedisClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while Redis answers PING. */
@Readiness
@ApplicationScoped
public class RedisReadiness implements HealthCheck {

    @Inject
    RedisClient redis;

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("redis").status("PONG".equals(redis.ping())).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("redis").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
