package io.longwave.cli.lorawan;

import io.longwave.lorawan.LorawanException;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.glassfish.json.JsonProviderImpl;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lw cli lorawan decode}: PHYPayload hex in, pretty JSON out. */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = "Decode a PHYPayload; with keys, check the MIC and decrypt.")
public final class DecodeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--hex", required = true, description = "the PHYPayload as hex")
    String hex;

    @CommandLine.Mixin
    KeyOptions keys;

    @Override
    public Integer call() {
        // The provider is named: the Jakarta EE API jar on some classpaths looks for another default.
        JsonProvider json = new JsonProviderImpl();
        try {
            JsonObject out = new FrameInspector(json, keys).inspect(Hex.bytes(hex, "--hex"));
            print(json, out, spec.commandLine().getOut());
            return 0;
        } catch (LorawanException | RuntimeException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        }
    }

    static void print(JsonProvider json, JsonObject out, PrintWriter writer) {
        json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(writer).write(out);
        writer.println();
        writer.flush();
    }
}
