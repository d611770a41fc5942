package io.longwave.cli.lorawan;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.Direction;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.mac.MacCommandCodec;
import io.longwave.lorawan.mac.ParsedMacCommands;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.lang.reflect.RecordComponent;

/** Renders parsed MAC commands generically from their record components, names in snake_case. */
final class MacCommandsJson {

    private final JsonProvider json;

    MacCommandsJson(JsonProvider json) {
        this.json = json;
    }

    JsonObjectBuilder parse(byte[] data, boolean uplink) throws LorawanException {
        ParsedMacCommands parsed = MacCommandCodec.parse(data, uplink ? Direction.UPLINK : Direction.DOWNLINK);
        JsonArrayBuilder commands = json.createArrayBuilder();
        for (MacCommand command : parsed.commands()) {
            commands.add(command(command));
        }
        JsonObjectBuilder out = json.createObjectBuilder().add("commands", commands);
        if (!parsed.complete()) {
            out.add("stopped", parsed.detail());
        }
        return out;
    }

    private JsonObjectBuilder command(MacCommand command) throws LorawanException {
        JsonObjectBuilder out = json.createObjectBuilder()
                .add("cid", Hex.of(command.cid(), 1))
                .add("name", command.type().name());
        for (RecordComponent c : command.getClass().getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(command);
            } catch (ReflectiveOperationException e) {
                throw new LorawanException(LorawanException.Reason.BAD_MAC_COMMAND, "cannot read " + c.getName());
            }
            String name = snake(c.getName());
            if (value instanceof Number n) {
                out.add(name, n.longValue());
            } else if (value instanceof Boolean b) {
                out.add(name, b);
            } else if (value instanceof byte[] b) {
                out.add(name, Hex.of(b));
            } else {
                out.add(name, String.valueOf(value));
            }
        }
        return out;
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
