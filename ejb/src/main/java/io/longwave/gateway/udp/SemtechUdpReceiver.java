package io.longwave.gateway.udp;

import io.longwave.udp.api.Datagram;
import io.longwave.udp.api.DatagramListener;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Receives every datagram of the Semtech UDP port from the resource adapter (activation spec
 * {@code longwave/udp/semtech}) and hands it to the Gateway Server's UDP frontend. No transaction:
 * the uplink path touches no relational data.
 */
@MessageDriven(name = "SemtechUdpReceiver", messageListenerInterface = DatagramListener.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SemtechUdpReceiver implements DatagramListener {

    @Inject
    SemtechUdpFrontend frontend;

    @Override
    public void onDatagrams(List<Datagram> datagrams) {
        for (Datagram d : datagrams) {
            frontend.handle(d);
        }
    }
}
