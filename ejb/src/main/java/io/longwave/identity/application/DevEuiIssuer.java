package io.longwave.identity.application;

import io.longwave.platform.json.Jsonp;
import io.longwave.identity.EntityId;
import io.longwave.identity.ErrorKind;
import io.longwave.identity.IdentityException;
import io.longwave.identity.auth.Caller;
import io.longwave.identity.options.IdentityOptions;
import io.longwave.identity.options.IdentitySettings;
import io.longwave.identity.rights.Right;
import io.longwave.identity.rights.RightsResolver;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Issues DevEUIs from the network's block ({@code is.dev-eui-block.*}): one shared counter in
 * {@code dev_eui_block}, locked for the transaction so that no two requests get the same EUI, and a
 * per-application count capped by {@code application-limit}.
 */
@Stateless
public class DevEuiIssuer {

    private static final Logger LOG = Logger.getLogger(DevEuiIssuer.class.getName());

    @PersistenceContext(unitName = "longwave")
    private EntityManager em;

    @Inject
    RightsResolver rights;

    @Inject
    IdentitySettings settings;

    public JsonObject issue(Caller caller, String appId) {
        rights.require(caller, EntityId.application(appId), Right.RIGHT_APPLICATION_DEVICES_WRITE);
        IdentityOptions.DevEuiBlock options = settings.get().devEuiBlock();
        if (!options.enabled()) {
            throw IdentityException.precondition("dev_eui_issuing_disabled", "DevEUI issuing is not enabled on this network");
        }
        EuiBlock block = EuiBlock.parse(options.prefix());
        Application app = em.find(Application.class, appId, LockModeType.PESSIMISTIC_WRITE);
        if (app.devEuiCounter() >= options.applicationLimit()) {
            throw IdentityException.limitReached("application DevEUI", options.applicationLimit());
        }
        em.createNativeQuery("INSERT INTO dev_eui_block (id, next_counter) VALUES (1, ?1) ON CONFLICT (id) DO NOTHING")
                .setParameter(1, options.initCounter()).executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT next_counter FROM dev_eui_block WHERE id = 1 FOR UPDATE").getResultList();
        // A raised init-counter (a new block, or numbers handed out elsewhere) moves the counter forward, never back.
        long counter = Math.max(((Number) rows.get(0)).longValue(), options.initCounter());
        if (!block.contains(counter)) {
            throw new IdentityException(ErrorKind.RESOURCE_EXHAUSTED, "dev_eui_block_exhausted",
                    "the DevEUI block {block} is exhausted", Map.of("block", options.prefix()));
        }
        em.createNativeQuery("UPDATE dev_eui_block SET next_counter = ?1 WHERE id = 1").setParameter(1, counter + 1).executeUpdate();
        app.devEuiIssued();
        String eui = block.eui(counter);
        LOG.info("dev_eui.issued application_id=" + appId + " dev_eui=" + eui);
        return Jsonp.createObjectBuilder().add("dev_eui", eui).build();
    }
}
