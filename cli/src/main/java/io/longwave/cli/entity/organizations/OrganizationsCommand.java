package io.longwave.cli.entity.organizations;

import io.longwave.cli.command.EntityGroup;
import io.longwave.cli.command.EntityKind;
import io.longwave.cli.entity.DeleteEntityCommand;
import io.longwave.cli.entity.GetEntityCommand;
import io.longwave.cli.entity.ListEntitiesCommand;
import io.longwave.cli.entity.PurgeEntityCommand;
import io.longwave.cli.entity.RestoreEntityCommand;
import io.longwave.cli.entity.apikeys.ApiKeysCommand;
import io.longwave.cli.entity.collaborators.CollaboratorsCommand;
import io.longwave.cli.command.MaskedObject;
import io.longwave.cli.entity.CreateOwnedEntityCommand;
import io.longwave.cli.entity.UpdateEntityCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lw cli organizations ...}. */
@Command(mixinStandardHelpOptions = true, name = "organizations", aliases = {"organization", "org", "orgs"}, description = "Manage organizations.",
        subcommands = {
                OrganizationsCommand.Create.class,
                ListEntitiesCommand.class,
                GetEntityCommand.class,
                OrganizationsCommand.Update.class,
                DeleteEntityCommand.class,
                RestoreEntityCommand.class,
                PurgeEntityCommand.class,
                CollaboratorsCommand.class,
                ApiKeysCommand.class,
        })
public final class OrganizationsCommand implements EntityGroup {

    @Override
    public EntityKind kind() {
        return EntityKind.ORGANIZATION;
    }

    /** The organization fields of create and update. */
    static final class Fields {
        @Option(names = "--name", description = "Display name.")
        String name;

        @Option(names = "--description", description = "Description.")
        String description;

        MaskedObject fields() {
            return new MaskedObject().set("name", name).set("description", description);
        }
    }

    @Command(name = "create", description = "Create an organization owned by --user-id (default: you).")
    static final class Create extends CreateOwnedEntityCommand {
        @picocli.CommandLine.Mixin
        Fields fields;

        @Override
        protected MaskedObject fields() {
            return fields.fields();
        }
    }

    @Command(name = "update", description = "Change an organization's fields (only those given).")
    static final class Update extends UpdateEntityCommand {
        @picocli.CommandLine.Mixin
        Fields fields;

        @Override
        protected MaskedObject fields() {
            return fields.fields();
        }
    }
}
