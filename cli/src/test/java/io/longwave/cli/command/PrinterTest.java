package io.longwave.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.cli.api.Jsons;
import io.longwave.cli.command.Printer.Column;
import jakarta.json.JsonObject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrinterTest {

    private static final JsonObject LIST = Jsons.parseObject("""
            {"applications":[
              {"ids":{"application_id":"app1"},"name":"First","created_at":"2026-01-01T00:00:00Z"},
              {"ids":{"application_id":"application-2"},"created_at":"2026-01-02T00:00:00Z"}]}""");

    private static final JsonObject KEY = Jsons.parseObject("""
            {"id":"K1","key":"NNSXS.K1.SECRET","rights":["RIGHT_ALL","RIGHT_USER_ALL"],"expires_at":null}""");

    private static String print(String mode, java.util.function.Consumer<Printer> action) {
        OutputOptions options = new OutputOptions();
        options.json = mode.equals("json");
        options.quiet = mode.equals("quiet");
        StringWriter out = new StringWriter();
        action.accept(new Printer(new PrintWriter(out), options));
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "human | ID             NAME   CREATED AT\\napp1           First  2026-01-01T00:00:00Z\\n"
                    + "application-2         2026-01-02T00:00:00Z\\n",
            "quiet | app1\\napplication-2\\n",
    })
    void tables(String mode, String expected) {
        String out = print(mode, p -> p.table(LIST, "applications", List.of(Column.path("ID", "ids.application_id"),
                Column.path("NAME", "name"), Column.path("CREATED AT", "created_at"))));
        assertEquals(expected.replace("\\n", "\n"), out);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "human | id      K1\\nkey     NNSXS.K1.SECRET\\nrights  RIGHT_ALL, RIGHT_USER_ALL\\n",
            "quiet | NNSXS.K1.SECRET\\n",
    })
    void objects(String mode, String expected) {
        assertEquals(expected.replace("\\n", "\n"), print(mode, p -> p.object(KEY, "key")));
    }

    @org.junit.jupiter.api.Test
    void jsonIsTheAnswerAsItCame() {
        assertEquals(LIST, Jsons.parseObject(print("json", p -> p.table(LIST, "applications", List.of()))));
        assertEquals(KEY, Jsons.parseObject(print("json", p -> p.object(KEY, "key"))));
        assertEquals("{}\n", print("json", p -> p.done("deleted")));
        assertEquals("", print("quiet", p -> p.done("deleted")));
    }
}
