package io.longwave.cli.entity.gateways;

import io.longwave.cli.command.EntityGroup;
import io.longwave.cli.command.EntityKind;
import io.longwave.cli.command.Eui;
import io.longwave.cli.command.MaskedObject;
import io.longwave.cli.entity.CreateOwnedEntityCommand;
import io.longwave.cli.entity.DeleteEntityCommand;
import io.longwave.cli.entity.GetEntityCommand;
import io.longwave.cli.entity.ListEntitiesCommand;
import io.longwave.cli.entity.PurgeEntityCommand;
import io.longwave.cli.entity.RestoreEntityCommand;
import io.longwave.cli.entity.UpdateEntityCommand;
import io.longwave.cli.entity.apikeys.ApiKeysCommand;
import io.longwave.cli.entity.collaborators.CollaboratorsCommand;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lw cli gateways ...}. */
@Command(mixinStandardHelpOptions = true, name = "gateways", aliases = {"gateway", "gtw", "gtws"}, description = "Manage gateways.",
        subcommands = {
                GatewaysCommand.Create.class,
                ListEntitiesCommand.class,
                GetEntityCommand.class,
                GatewaysCommand.Update.class,
                DeleteEntityCommand.class,
                RestoreEntityCommand.class,
                PurgeEntityCommand.class,
                CollaboratorsCommand.class,
                ApiKeysCommand.class,
        })
public final class GatewaysCommand implements EntityGroup {

    @Override
    public EntityKind kind() {
        return EntityKind.GATEWAY;
    }

    /** The gateway fields of create and update. */
    static final class Fields {
        @Option(names = "--frequency-plan-id", description = "Frequency plan, e.g. EU_863_870_TTN.")
        String frequencyPlanId;

        @Option(names = "--enforce-duty-cycle", arity = "0..1", description = "Enforce the band's duty cycle.")
        Boolean enforceDutyCycle;

        @Option(names = "--require-authenticated-connection", arity = "0..1",
                description = "Accept only authenticated connections (no Semtech UDP).")
        Boolean requireAuthenticatedConnection;

        @Option(names = "--name", description = "Display name.")
        String name;

        @Option(names = "--description", description = "Description.")
        String description;

        @Option(names = "--gateway-server-address", description = "Gateway Server address.")
        String gatewayServerAddress;

        @Option(names = "--status-public", arity = "0..1", description = "Status visible to everyone.")
        Boolean statusPublic;

        @Option(names = "--location-public", arity = "0..1", description = "Location visible to everyone.")
        Boolean locationPublic;

        @Option(names = "--attributes", paramLabel = "KEY=VALUE", description = "Attributes (all of them: replaces the map).")
        Map<String, String> attributes;

        MaskedObject fields() {
            return new MaskedObject()
                    .set("frequency_plan_id", frequencyPlanId)
                    .set("enforce_duty_cycle", enforceDutyCycle)
                    .set("require_authenticated_connection", requireAuthenticatedConnection)
                    .set("name", name)
                    .set("description", description)
                    .set("gateway_server_address", gatewayServerAddress)
                    .set("status_public", statusPublic)
                    .set("location_public", locationPublic)
                    .set("attributes", attributes);
        }
    }

    @Command(name = "create", description = "Create a gateway owned by --user-id or --organization-id (default: you).")
    static final class Create extends CreateOwnedEntityCommand {
        // The EUI is set once, at creation: the API does not change identifiers.
        @Option(names = "--gateway-eui", description = "Gateway EUI (16 hex digits).")
        String eui;

        @Mixin
        Fields fields;

        @Override
        protected MaskedObject fields() {
            return fields.fields().set("ids.eui", Eui.normalize("--gateway-eui", eui));
        }
    }

    @Command(name = "update", description = "Change a gateway's fields (only those given).")
    static final class Update extends UpdateEntityCommand {
        @Mixin
        Fields fields;

        @Override
        protected MaskedObject fields() {
            return fields.fields();
        }
    }
}
