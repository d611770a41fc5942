package io.longwave.cli.entity.users;

import io.longwave.cli.command.MaskedObject;
import io.longwave.cli.entity.UpdateEntityCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code users update <user-id> --name ...}. */
@Command(name = "update", description = "Change a user's fields (only those given).")
public final class UpdateUserCommand extends UpdateEntityCommand {

    @Mixin
    UserFields fields;

    @Override
    protected MaskedObject fields() {
        return fields.fields();
    }
}
