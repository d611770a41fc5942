package io.longwave.platform.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A PostgreSQL location in the form The Things Stack uses for {@code TTN_LW_IS_DATABASE_URI}:
 * {@code postgres://user:password@host:port/database?sslmode=disable}.
 */
public record DatabaseUri(String host, int port, String database, String user, String password, String sslMode) {

    public static DatabaseUri parse(String variable, String text) {
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException e) {
            throw new InvalidSettingException(variable, "not a URI (" + e.getReason() + ")");
        }
        if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
            throw new InvalidSettingException(variable, "must start with postgres://");
        }
        if (uri.getHost() == null) {
            throw new InvalidSettingException(variable, "has no host");
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (path.isEmpty()) {
            throw new InvalidSettingException(variable, "has no database name");
        }
        String user = "";
        String password = "";
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : "";
        }
        String sslMode = "prefer";
        if (uri.getQuery() != null) {
            for (String pair : uri.getQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv[0].equals("sslmode") && kv.length == 2) {
                    sslMode = kv[1];
                }
            }
        }
        return new DatabaseUri(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), path, user, password, sslMode);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + "?sslmode=" + sslMode;
    }

    @Override
    public String toString() {
        return "postgres://" + user + ":***@" + host + ":" + port + "/" + database;
    }
}
