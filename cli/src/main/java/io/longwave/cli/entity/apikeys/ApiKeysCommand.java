package io.longwave.cli.entity.apikeys;

import picocli.CommandLine.Command;

/** {@code lw cli <entity> api-keys ...}: API keys of the enclosing entity group. */
@Command(mixinStandardHelpOptions = true, name = "api-keys", aliases = "api-key", description = "Manage API keys.",
        subcommands = {
                CreateApiKeyCommand.class,
                ListApiKeysCommand.class,
                GetApiKeyCommand.class,
                UpdateApiKeyCommand.class,
                DeleteApiKeyCommand.class,
        })
public final class ApiKeysCommand {
}
