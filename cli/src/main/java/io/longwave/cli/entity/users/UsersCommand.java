package io.longwave.cli.entity.users;

import io.longwave.cli.command.EntityGroup;
import io.longwave.cli.command.EntityKind;
import io.longwave.cli.entity.DeleteEntityCommand;
import io.longwave.cli.entity.GetEntityCommand;
import io.longwave.cli.entity.ListEntitiesCommand;
import io.longwave.cli.entity.PurgeEntityCommand;
import io.longwave.cli.entity.RestoreEntityCommand;
import io.longwave.cli.entity.apikeys.ApiKeysCommand;
import picocli.CommandLine.Command;

/** {@code lw cli users ...}. */
@Command(mixinStandardHelpOptions = true, name = "users", aliases = {"user", "usr"}, description = "Manage users.",
        subcommands = {
                CreateUserCommand.class,
                ListEntitiesCommand.class,
                GetEntityCommand.class,
                UpdateUserCommand.class,
                DeleteEntityCommand.class,
                RestoreEntityCommand.class,
                PurgeEntityCommand.class,
                UpdatePasswordCommand.class,
                ApiKeysCommand.class,
        })
public final class UsersCommand implements EntityGroup {

    @Override
    public EntityKind kind() {
        return EntityKind.USER;
    }
}
