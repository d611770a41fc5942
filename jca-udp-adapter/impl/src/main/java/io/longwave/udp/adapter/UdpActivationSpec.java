package io.longwave.udp.adapter;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;

/** Binds one MDB to one UDP port; every property can be set in server.xml's activationSpec. */
public class UdpActivationSpec implements ActivationSpec {

    private ResourceAdapter resourceAdapter;

    @ConfigProperty(defaultValue = "1700", description = "UDP port to bind")
    private Integer port = 1700;

    @ConfigProperty(defaultValue = "127.0.0.1", description = "Address to bind; 0.0.0.0 for all interfaces")
    private String bindAddress = "127.0.0.1";

    @ConfigProperty(defaultValue = "4194304", description = "SO_RCVBUF in bytes; bursts are absorbed here")
    private Integer receiveBufferSize = 4 * 1024 * 1024;

    @ConfigProperty(defaultValue = "4", description = "Threads handing datagrams to the MDB concurrently")
    private Integer deliveryThreads = 4;

    @ConfigProperty(defaultValue = "65536", description = "Datagrams held between the socket and the MDB")
    private Integer queueCapacity = 65536;

    @ConfigProperty(defaultValue = "65507", description = "Larger datagrams are dropped and counted")
    private Integer maxDatagramSize = 65507;

    @ConfigProperty(defaultValue = "1000", description = "Microseconds a delivery waits to fill a batch (0: never)")
    private Integer batchLingerMicros = 1000;

    @Override
    public void validate() throws InvalidPropertyException {
        requireRange("port", port, 0, 65535);
        requireRange("receiveBufferSize", receiveBufferSize, 1024, Integer.MAX_VALUE);
        requireRange("deliveryThreads", deliveryThreads, 1, 256);
        requireRange("queueCapacity", queueCapacity, 1, 10_000_000);
        requireRange("maxDatagramSize", maxDatagramSize, 1, 65507);
        requireRange("batchLingerMicros", batchLingerMicros, 0, 100_000);
        if (bindAddress == null || bindAddress.isBlank()) {
            throw new InvalidPropertyException("bindAddress must be set");
        }
    }

    private static void requireRange(String name, Integer value, int min, int max) throws InvalidPropertyException {
        if (value == null || value < min || value > max) {
            throw new InvalidPropertyException(name + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter ra) throws ResourceException {
        this.resourceAdapter = ra;
    }

    public Integer getPort() { return port; }
    public void setPort(Integer port) { this.port = port; }
    public String getBindAddress() { return bindAddress; }
    public void setBindAddress(String bindAddress) { this.bindAddress = bindAddress; }
    public Integer getReceiveBufferSize() { return receiveBufferSize; }
    public void setReceiveBufferSize(Integer receiveBufferSize) { this.receiveBufferSize = receiveBufferSize; }
    public Integer getDeliveryThreads() { return deliveryThreads; }
    public void setDeliveryThreads(Integer deliveryThreads) { this.deliveryThreads = deliveryThreads; }
    public Integer getQueueCapacity() { return queueCapacity; }
    public void setQueueCapacity(Integer queueCapacity) { this.queueCapacity = queueCapacity; }
    public Integer getMaxDatagramSize() { return maxDatagramSize; }
    public void setMaxDatagramSize(Integer maxDatagramSize) { this.maxDatagramSize = maxDatagramSize; }
    public Integer getBatchLingerMicros() { return batchLingerMicros; }
    public void setBatchLingerMicros(Integer batchLingerMicros) { this.batchLingerMicros = batchLingerMicros; }

    PortSettings settings() {
        return new PortSettings(bindAddress, port, receiveBufferSize, deliveryThreads, queueCapacity, maxDatagramSize,
                batchLingerMicros);
    }
}
