package io.longwave.platform.config;

/** {@code TTN_LW_REDIS_ADDRESS}: host:port of the Redis server. */
public record RedisAddress(String host, int port) {

    public static RedisAddress parse(String variable, String text) {
        String t = text.trim();
        int colon = t.lastIndexOf(':');
        if (colon <= 0 || colon == t.length() - 1) {
            throw new InvalidSettingException(variable, "must be host:port, was '" + text + "'");
        }
        String host = t.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new RedisAddress(host, Ports.parse(variable, t.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
