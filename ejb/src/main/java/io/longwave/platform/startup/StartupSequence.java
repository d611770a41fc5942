package io.longwave.platform.startup;

import io.longwave.platform.config.DeploymentSettings;
import io.longwave.platform.config.ServerSettings;
import io.longwave.platform.database.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Start-up, in order: validate the deployment settings (an invalid value fails the application,
 * naming the variable), migrate the schema, apply the bootstrap. Readiness reports DOWN until done.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupSequence {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

    @Inject
    ServerSettings serverSettings;

    @Resource(lookup = "jdbc/longwave")
    DataSource dataSource;

    @EJB
    DeploymentBootstrap bootstrap;

    @Inject
    jakarta.enterprise.event.Event<StartupCompleted> completion;

    private volatile boolean completed;
    private volatile String failure;

    @PostConstruct
    void start() {
        DeploymentSettings settings;
        try {
            settings = serverSettings.get();
        } catch (RuntimeException e) {
            failure = e.getMessage();
            LOG.severe("startup.invalid-setting " + e.getMessage());
            throw e;
        }
        LOG.info("startup.settings " + settings);
        try {
            SchemaMigration.apply(dataSource);
            bootstrap.apply(settings);
            completion.fire(new StartupCompleted());
            completed = true;
            LOG.info("startup.completed");
        } catch (RuntimeException e) {
            // Keep the application up so that readiness can say why; an operator fixes and restarts.
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.log(Level.SEVERE, "startup.failed " + failure, e);
        }
    }

    public boolean completed() {
        return completed;
    }

    public String failure() {
        return failure;
    }
}
