package io.longwave.cli.lorawan;

import io.longwave.lorawan.LorawanException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.InputStream;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.glassfish.json.JsonProviderImpl;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lw cli lorawan encode}: fields (options or a JSON document on stdin) in, PHYPayload hex out. */
@Command(name = "encode", mixinStandardHelpOptions = true,
        description = {"Encode a PHYPayload from decode's field names; with keys, encrypt and compute the MIC.",
                "Fields come from -f name=value (repeatable) or, with --stdin, a JSON document (decode output works)."})
public final class EncodeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-f", "--field"}, description = "a field, e.g. -f m_type=UNCONFIRMED_DATA_UP -f f_cnt=3")
    Map<String, String> fields = new LinkedHashMap<>();

    @Option(names = "--stdin", description = "read the fields as a JSON document from standard input")
    boolean stdin;

    @CommandLine.Mixin
    KeyOptions keys;

    /** Where --stdin reads from; tests substitute their own stream. */
    InputStream input = System.in;

    @Override
    public Integer call() {
        JsonProvider json = new JsonProviderImpl();
        try {
            Fields f = new Fields(stdin ? readDocument(json) : fromOptions(json));
            spec.commandLine().getOut().println(Hex.of(new FrameBuilder(keys).build(f)));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (LorawanException | RuntimeException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        }
    }

    private jakarta.json.JsonObject readDocument(JsonProvider json) {
        try (JsonReader reader = json.createReader(input)) {
            return reader.readObject();
        }
    }

    /** Option values are text, except objects, arrays and booleans, which are read as JSON. */
    private jakarta.json.JsonObject fromOptions(JsonProvider json) throws LorawanException {
        if (fields.isEmpty()) {
            throw new LorawanException(LorawanException.Reason.BAD_FIELD, "give fields with -f name=value or --stdin");
        }
        JsonObjectBuilder b = json.createObjectBuilder();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            String v = e.getValue().trim();
            if (v.startsWith("{") || v.startsWith("[") || v.equals("true") || v.equals("false")) {
                try (JsonReader r = json.createReader(new StringReader("{\"v\":" + v + "}"))) {
                    b.add(e.getKey(), r.readObject().get("v"));
                }
            } else {
                b.add(e.getKey(), v);
            }
        }
        return b.build();
    }
}
