package io.longwave.cli.command;

import picocli.CommandLine.Model.CommandSpec;

/** A command group of one entity kind ({@code users}, {@code applications}, ...); its subcommands ask it for the kind. */
public interface EntityGroup {

    EntityKind kind();

    /** The kind of the nearest enclosing entity group of a command. */
    static EntityKind of(CommandSpec spec) {
        for (CommandSpec s = spec; s != null; s = s.parent()) {
            if (s.userObject() instanceof EntityGroup group) {
                return group.kind();
            }
        }
        throw new IllegalStateException(spec.qualifiedName() + " is not inside an entity group");
    }
}
