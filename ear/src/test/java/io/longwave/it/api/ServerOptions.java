package io.longwave.it.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Changes Identity Server options of the running server the way an operator can without a restart:
 * server.xml variables in {@code configDropins/overrides}. Liberty polls its configuration every 500 ms
 * and Longwave re-reads the options at most once a second, so a change is waited for.
 * Use in try-with-resources; closing restores the defaults.
 */
public final class ServerOptions implements AutoCloseable {

    private static final Path DROPIN = Path.of(System.getProperty("lw.it.server.dir", "target/liberty/wlp/usr/servers/longwave"),
            "configDropins", "overrides", "lw-it-options.xml");

    private ServerOptions() {
    }

    public static ServerOptions set(Map<String, String> options) {
        StringBuilder xml = new StringBuilder("<server>\n");
        options.forEach((k, v) -> xml.append("  <variable name=\"").append(k).append("\" value=\"")
                .append(v.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")).append("\"/>\n"));
        xml.append("</server>\n");
        try {
            Files.createDirectories(DROPIN.getParent());
            Files.writeString(DROPIN, xml);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        settle();
        return new ServerOptions();
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(DROPIN);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        settle();
    }

    private static void settle() {
        try {
            Thread.sleep(2_500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
