package io.longwave.platform.config;

final class Ports {
    private Ports() {
    }

    static int parse(String variable, String text) {
        try {
            int port = Integer.parseInt(text.trim());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new InvalidSettingException(variable, "must be a port number 1..65535, was '" + text + "'");
    }
}
