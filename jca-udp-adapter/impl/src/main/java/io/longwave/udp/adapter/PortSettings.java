package io.longwave.udp.adapter;

/** The validated settings of one inbound port, independent of the JCA bean that carried them. */
record PortSettings(String bindAddress, int port, int receiveBufferSize, int deliveryThreads,
                    int queueCapacity, int maxDatagramSize, int batchLingerMicros) {
}
