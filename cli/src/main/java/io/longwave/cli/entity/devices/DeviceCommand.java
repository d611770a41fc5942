package io.longwave.cli.entity.devices;

import io.longwave.cli.command.ApiCommand;
import picocli.CommandLine.Parameters;

/** {@code <application-id> <device-id>}: the arguments of every end device command but list. */
abstract class DeviceCommand extends ApiCommand {

    @Parameters(index = "0", paramLabel = "APPLICATION-ID")
    String applicationId;

    @Parameters(index = "1", paramLabel = "DEVICE-ID")
    String deviceId;
}
