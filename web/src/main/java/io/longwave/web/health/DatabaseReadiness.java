package io.longwave.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while PostgreSQL answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "jdbc/longwave")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection c = dataSource.getConnection()) {
            boolean valid = c.isValid(2);
            return HealthCheckResponse.named("postgresql").status(valid)
                    .withData("product", c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion())
                    .build();
        } catch (Exception e) {
            return HealthCheckResponse.named("postgresql").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
