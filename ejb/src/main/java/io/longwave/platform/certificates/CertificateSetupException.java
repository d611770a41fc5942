package io.longwave.platform.certificates;

/**
 * A certificate setting, file or key that cannot be used. The message names the offending
 * environment variable or file so an operator can fix it without reading code.
 */
public final class CertificateSetupException extends RuntimeException {

    public CertificateSetupException(String message) {
        super(message);
    }

    public CertificateSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
