package io.longwave.cli.entity.devices;

import io.longwave.cli.command.MaskedObject;
import java.util.Map;
import picocli.CommandLine.Option;

/** The end device fields that create and update both take; a flag left out is not sent. */
final class DeviceFields {

    @Option(names = "--name", description = "Display name.")
    String name;

    @Option(names = "--description", description = "Description.")
    String description;

    @Option(names = "--attributes", paramLabel = "KEY=VALUE", description = "Attributes (all of them: replaces the map).")
    Map<String, String> attributes;

    @Option(names = "--network-server-address", description = "Network Server address.")
    String networkServerAddress;

    @Option(names = "--application-server-address", description = "Application Server address.")
    String applicationServerAddress;

    @Option(names = "--join-server-address", description = "Join Server address.")
    String joinServerAddress;

    MaskedObject fields() {
        return new MaskedObject()
                .set("name", name)
                .set("description", description)
                .set("attributes", attributes)
                .set("network_server_address", networkServerAddress)
                .set("application_server_address", applicationServerAddress)
                .set("join_server_address", joinServerAddress);
    }
}
