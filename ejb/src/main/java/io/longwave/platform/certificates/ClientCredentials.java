package io.longwave.platform.certificates;

import java.util.Objects;

/** A gateway's client certificate and its PKCS#8 private key, both PEM. */
public record ClientCredentials(String certificatePem, String privateKeyPem) {

    public ClientCredentials {
        Objects.requireNonNull(certificatePem, "certificatePem");
        Objects.requireNonNull(privateKeyPem, "privateKeyPem");
    }
}
