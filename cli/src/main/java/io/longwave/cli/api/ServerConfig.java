package io.longwave.cli.api;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** The server the CLI talks to: base URL and, for a private CA, the PEM file to trust. */
public record ServerConfig(URI baseUrl, Optional<Path> ca) {

    public ServerConfig {
        String url = baseUrl.toString();
        if (!"https".equals(baseUrl.getScheme()) && !"http".equals(baseUrl.getScheme()) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("server URL must be http(s)://host[:port], not " + url);
        }
        // A trailing slash would double every API path.
        baseUrl = URI.create(url.replaceAll("/+$", ""));
    }

    public static ServerConfig of(String url, Path ca) {
        return new ServerConfig(URI.create(url), Optional.ofNullable(ca));
    }

    /** Server identity for credentials: scheme, host and port, so that a token never goes to another server. */
    public String origin() {
        int port = baseUrl.getPort() != -1 ? baseUrl.getPort() : "https".equals(baseUrl.getScheme()) ? 443 : 80;
        return baseUrl.getScheme() + "://" + baseUrl.getHost().toLowerCase() + ":" + port;
    }
}
