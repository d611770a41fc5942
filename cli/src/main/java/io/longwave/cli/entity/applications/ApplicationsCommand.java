package io.longwave.cli.entity.applications;

import io.longwave.cli.command.EntityGroup;
import io.longwave.cli.command.EntityKind;
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

/** {@code lw cli applications ...}. */
@Command(mixinStandardHelpOptions = true, name = "applications", aliases = {"application", "app", "apps"}, description = "Manage applications.",
        subcommands = {
                ApplicationsCommand.Create.class,
                ListEntitiesCommand.class,
                GetEntityCommand.class,
                ApplicationsCommand.Update.class,
                DeleteEntityCommand.class,
                RestoreEntityCommand.class,
                PurgeEntityCommand.class,
                CollaboratorsCommand.class,
                ApiKeysCommand.class,
        })
public final class ApplicationsCommand implements EntityGroup {

    @Override
    public EntityKind kind() {
        return EntityKind.APPLICATION;
    }

    /** The application fields of create and update. */
    static final class Fields {
        @Option(names = "--name", description = "Display name.")
        String name;

        @Option(names = "--description", description = "Description.")
        String description;

        @Option(names = "--attributes", paramLabel = "KEY=VALUE", description = "Attributes (all of them: replaces the map).")
        Map<String, String> attributes;

        MaskedObject fields() {
            return new MaskedObject().set("name", name).set("description", description).set("attributes", attributes);
        }
    }

    @Command(name = "create", description = "Create an application owned by --user-id or --organization-id (default: you).")
    static final class Create extends CreateOwnedEntityCommand {
        @Mixin
        Fields fields;

        @Override
        protected MaskedObject fields() {
            return fields.fields();
        }
    }

    @Command(name = "update", description = "Change an application's fields (only those given).")
    static final class Update extends UpdateEntityCommand {
        @Mixin
        Fields fields;

        @Override
        protected MaskedObject fields() {
            return fields.fields();
        }
    }
}
