package io.longwave.gateway.station;

import java.security.GeneralSecurityException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * Reads which gateway a TLS client certificate stands for: a certificate chaining to the stack's trust
 * anchor (the CA that {@code lw ops certificates client} issues from), valid now, allowed for client
 * authentication, whose subject CN is the gateway's EUI (16 hex digits; {@code -} and {@code :} allowed).
 * Liberty has checked the chain against the trust store already; this checks it against the anchor
 * itself, so that nothing else the trust store might hold can mint gateway identities.
 */
public final class ClientCertificate {

    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    private static final String ANY_PURPOSE = "2.5.29.37.0";

    private ClientCertificate() {
    }

    /** The result of a check: the EUI named, or why the certificate is no gateway credential. */
    public static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;

        Rejected(String message) {
            super(message);
        }
    }

    /**
     * @param chain  leaf first, as TLS presented it
     * @param anchor the stack's trust anchor
     * @param now    the time to judge validity at
     * @return the EUI in the leaf's CN
     */
    public static long gatewayEui(List<X509Certificate> chain, X509Certificate anchor, Date now) throws Rejected {
        Objects.requireNonNull(anchor, "anchor");
        if (chain == null || chain.isEmpty()) {
            throw new Rejected("no client certificate");
        }
        X509Certificate leaf = chain.get(0);
        requireChainsToAnchor(chain, anchor, now);
        requireClientAuth(leaf);
        return eui(leaf);
    }

    private static void requireChainsToAnchor(List<X509Certificate> chain, X509Certificate anchor, Date now) throws Rejected {
        X509Certificate current = chain.get(0);
        for (int i = 1; ; i++) {
            try {
                current.checkValidity(now);
            } catch (GeneralSecurityException e) {
                throw new Rejected("the client certificate chain is expired or not yet valid");
            }
            if (signedBy(current, anchor)) {
                return;
            }
            if (i >= chain.size()) {
                throw new Rejected("the client certificate is not issued by this server's CA");
            }
            X509Certificate issuer = chain.get(i);
            if (issuer.getBasicConstraints() < 0 || !signedBy(current, issuer)) {
                throw new Rejected("the client certificate chain is broken");
            }
            current = issuer;
        }
    }

    private static boolean signedBy(X509Certificate c, X509Certificate issuer) {
        if (!c.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return false;
        }
        try {
            c.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static void requireClientAuth(X509Certificate leaf) throws Rejected {
        List<String> usages;
        try {
            usages = leaf.getExtendedKeyUsage();
        } catch (CertificateParsingException e) {
            throw new Rejected("the client certificate has an unreadable extended key usage");
        }
        if (usages != null && !usages.contains(CLIENT_AUTH) && !usages.contains(ANY_PURPOSE)) {
            throw new Rejected("the client certificate is not for client authentication");
        }
    }

    private static long eui(X509Certificate leaf) throws Rejected {
        X500Name subject = X500Name.getInstance(leaf.getSubjectX500Principal().getEncoded());
        RDN[] cns = subject.getRDNs(BCStyle.CN);
        if (cns.length != 1) {
            throw new Rejected("the client certificate must have one CN: the gateway EUI");
        }
        String cn = IETFUtils.valueToString(cns[0].getFirst().getValue()).replace("-", "").replace(":", "").trim();
        if (!cn.matches("[0-9A-Fa-f]{16}")) {
            throw new Rejected("the client certificate's CN is no gateway EUI (16 hex digits)");
        }
        return Long.parseUnsignedLong(cn.toUpperCase(Locale.ROOT), 16);
    }
}
