package io.longwave.web.health;

import io.longwave.platform.startup.StartupSequence;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the schema is migrated and the bootstrap applied. */
@Readiness
@ApplicationScoped
public class StartupReadiness implements HealthCheck {

    @EJB
    StartupSequence startup;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("startup").status(startup.completed());
        if (startup.failure() != null) {
            response.withData("error", startup.failure());
        }
        return response.build();
    }
}
