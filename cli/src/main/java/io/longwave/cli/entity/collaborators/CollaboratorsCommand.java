package io.longwave.cli.entity.collaborators;

import picocli.CommandLine.Command;

/** {@code lw cli <entity> collaborators ...}: who may do what on the enclosing entity. */
@Command(mixinStandardHelpOptions = true, name = "collaborators", aliases = {"collaborator", "members", "member"}, description = "Manage collaborators.",
        subcommands = {
                SetCollaboratorCommand.class,
                ListCollaboratorsCommand.class,
                GetCollaboratorCommand.class,
                DeleteCollaboratorCommand.class,
        })
public final class CollaboratorsCommand {
}
