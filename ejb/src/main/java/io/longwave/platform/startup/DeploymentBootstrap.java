package io.longwave.platform.startup;

import io.longwave.identity.OAuthClient;
import io.longwave.identity.user.UserAccount;
import io.longwave.platform.config.DeploymentSettings;
import io.longwave.platform.security.PasswordHasher;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Creates the admin user and the {@code console} and {@code cli} OAuth clients from the deployment
 * variables, and applies them again when TTS_DOMAIN, TTS_ADMIN_EMAIL, TTS_ADMIN_PASSWORD or
 * TTS_CONSOLE_SECRET change, as the reference deployment does.
 */
@Stateless
public class DeploymentBootstrap {

    private static final Logger LOG = Logger.getLogger(DeploymentBootstrap.class.getName());
    static final String ADMIN_USER_ID = "admin";
    private static final List<String> ALL_RIGHTS = List.of("RIGHT_ALL");
    private static final List<String> GRANTS = List.of("GRANT_AUTHORIZATION_CODE", "GRANT_REFRESH_TOKEN");

    @PersistenceContext(unitName = "longwave")
    private EntityManager em;

    private final PasswordHasher hasher = PasswordHasher.standard();

    /** @return true when the bootstrap was (re)applied, false when nothing had changed */
    public boolean apply(DeploymentSettings settings) {
        // Serialise concurrent starts of several nodes on one database.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(7427031)").getSingleResult();
        String fingerprint = fingerprint(settings);
        BootstrapState state = em.find(BootstrapState.class, (short) 1);
        if (state != null && hasher.verify(fingerprint, state.fingerprintHash())) {
            LOG.info("bootstrap.unchanged domain=" + settings.domain());
            return false;
        }
        Instant now = Instant.now();
        applyAdmin(settings.admin(), now);
        applyClients(settings, now);
        if (state == null) {
            em.persist(new BootstrapState(hasher.hash(fingerprint), settings.domain(), now));
        } else {
            state.record(hasher.hash(fingerprint), settings.domain(), now);
        }
        LOG.info("bootstrap.applied domain=" + settings.domain() + " admin=" + settings.admin().email());
        return true;
    }

    private static String fingerprint(DeploymentSettings s) {
        // Unit separator between fields so that no two different value sets give the same string.
        return String.join("\u001f", s.domain(), s.admin().email(), s.admin().password(), s.consoleSecret());
    }

    private void applyAdmin(DeploymentSettings.Admin admin, Instant now) {
        UserAccount user = em.find(UserAccount.class, ADMIN_USER_ID);
        if (user == null) {
            user = new UserAccount(ADMIN_USER_ID, now);
            user.name("Admin");
            em.persist(user);
        }
        user.primaryEmailAddress(admin.email());
        user.password(hasher.hash(admin.password()), now);
        user.admin(true);
        user.state("STATE_APPROVED");
        user.restore();
        user.touch(now);
    }

    private void applyClients(DeploymentSettings s, Instant now) {
        String base = "https://" + s.domain() + (s.listeners().httpsPort() == 443 ? "" : ":" + s.listeners().httpsPort());
        client("console", now).configure("Console", hasher.hash(s.consoleSecret()),
                List.of("/console/oauth/callback", base + "/console/oauth/callback"),
                List.of("/console", base + "/console"), GRANTS, ALL_RIGHTS, now);
        client("cli", now).configure("Command-line interface", null,
                List.of("local-callback", "code"), List.of(), GRANTS, ALL_RIGHTS, now);
    }

    private OAuthClient client(String id, Instant now) {
        OAuthClient client = em.find(OAuthClient.class, id);
        if (client == null) {
            client = new OAuthClient(id, now);
            em.persist(client);
        }
        return client;
    }
}
