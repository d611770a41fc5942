package io.longwave.cli.sim;

/** How a simulated gateway talks to the server; {@code label} names it in the report. */
public enum Protocol {
    UDP("udp"),
    BASIC_STATION("basicstation");

    public final String label;

    Protocol(String label) {
        this.label = label;
    }
}
