package io.longwave.cli.entity.devices;

import io.longwave.cli.api.ApiException;
import io.longwave.cli.api.ApiRequest;
import io.longwave.cli.api.ConnectionException;
import io.longwave.cli.api.Session;
import io.longwave.cli.command.ApiCommand;
import io.longwave.cli.command.BuildsRequest;
import io.longwave.cli.command.Eui;
import io.longwave.cli.command.ListOptions;
import io.longwave.cli.command.Printer;
import io.longwave.cli.command.Printer.Column;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lw cli end-devices ...}: end devices of an application (their Identity Server registration). */
@Command(mixinStandardHelpOptions = true, name = "end-devices", aliases = {"end-device", "devices", "device", "dev"}, description = "Manage end devices.",
        subcommands = {
                EndDevicesCommand.Create.class,
                EndDevicesCommand.ListDevices.class,
                EndDevicesCommand.Get.class,
                EndDevicesCommand.Update.class,
                EndDevicesCommand.Delete.class,
        })
public final class EndDevicesCommand {

    static final String ID_PATH = "ids.device_id";

    @Command(name = "create", description = "Register an end device in an application.")
    static final class Create extends DeviceCommand implements BuildsRequest {
        // EUIs are set once, at registration: the API does not change identifiers.
        @Option(names = "--dev-eui", description = "DevEUI (16 hex digits).")
        String devEui;

        @Option(names = {"--join-eui", "--app-eui"}, description = "JoinEUI / AppEUI (16 hex digits).")
        String joinEui;

        @Mixin
        DeviceFields fields;

        @Override
        public ApiRequest request() {
            return DeviceRequests.create(applicationId, deviceId, fields.fields()
                    .set("ids.dev_eui", Eui.normalize("--dev-eui", devEui))
                    .set("ids.join_eui", Eui.normalize("--join-eui", joinEui)));
        }

        @Override
        protected void execute(Session session, Printer printer) throws IOException, ApiException, ConnectionException {
            printer.object(session.api().call(request()).body(), ID_PATH);
        }
    }

    @Command(name = "list", aliases = "ls", description = "List the end devices of an application.")
    static final class ListDevices extends ApiCommand implements BuildsRequest {
        @Parameters(index = "0", paramLabel = "APPLICATION-ID")
        String applicationId;

        @Mixin
        ListOptions list;

        @Override
        public ApiRequest request() {
            return DeviceRequests.list(applicationId, list.query());
        }

        @Override
        protected void execute(Session session, Printer printer) throws IOException, ApiException, ConnectionException {
            printer.table(session.api().call(request()).body(), "end_devices", List.of(Column.path("ID", ID_PATH), Column.path("DEV EUI", "ids.dev_eui"),
                    Column.path("NAME", "name"), Column.path("CREATED AT", "created_at")));
        }
    }

    @Command(name = "get", description = "Show an end device.")
    static final class Get extends DeviceCommand implements BuildsRequest {
        @Option(names = "--field-mask", split = ",", paramLabel = "FIELD", description = "Fields to read (default: all).")
        List<String> fieldMask;

        @Override
        public ApiRequest request() {
            return DeviceRequests.get(applicationId, deviceId, fieldMask != null ? fieldMask : List.of());
        }

        @Override
        protected void execute(Session session, Printer printer) throws IOException, ApiException, ConnectionException {
            printer.object(session.api().call(request()).body(), ID_PATH);
        }
    }

    @Command(name = "update", description = "Change an end device's fields (only those given).")
    static final class Update extends DeviceCommand implements BuildsRequest {
        @Mixin
        DeviceFields fields;

        @Override
        public ApiRequest request() {
            return DeviceRequests.update(applicationId, deviceId, fields.fields());
        }

        @Override
        protected void execute(Session session, Printer printer) throws IOException, ApiException, ConnectionException {
            printer.object(session.api().call(request()).body(), ID_PATH);
        }
    }

    @Command(name = "delete", aliases = "rm", description = "Delete an end device.")
    static final class Delete extends DeviceCommand implements BuildsRequest {
        @Override
        public ApiRequest request() {
            return DeviceRequests.delete(applicationId, deviceId);
        }

        @Override
        protected void execute(Session session, Printer printer) throws IOException, ApiException, ConnectionException {
            session.api().call(request());
            printer.done("deleted end device " + deviceId + " of application " + applicationId);
        }
    }
}
