package io.longwave.identity.auth;

import io.longwave.identity.IdentityException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.logging.Logger;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

/**
 * Verifies corporate SSO tokens (MicroProfile JWT / RFC 7519, signed with RSA or EC keys): signature
 * against the configured key, issuer, audience, expiry with 30 s of clock skew. Verification is done with
 * jose4j here rather than by Liberty's mpJwt feature, because that feature inspects every bearer token
 * (API keys included) and logs the whole token when it cannot parse it. The settings are read on each
 * call; the verifier is rebuilt only when they change.
 */
@ApplicationScoped
public class SsoTokenVerifier {

    private static final Logger LOG = Logger.getLogger(SsoTokenVerifier.class.getName());

    private record Built(SsoSettings settings, JwtConsumer consumer) {
    }

    private volatile Built built;

    public SsoIdentity verify(String token) {
        Config config = ConfigProvider.getConfig();
        SsoSettings settings = SsoSettings.read(name -> config.getOptionalValue(name, String.class));
        if (!settings.enabled()) {
            throw IdentityException.unauthenticated("SSO tokens are not accepted: SSO is not configured");
        }
        JwtClaims claims;
        try {
            claims = consumer(settings).processToClaims(token);
        } catch (InvalidJwtException e) {
            throw IdentityException.unauthenticated("the SSO token is not valid");
        }
        return identity(claims, settings);
    }

    static SsoIdentity identity(JwtClaims claims, SsoSettings settings) {
        try {
            String subject = claims.getClaimValueAsString(settings.userClaim());
            if (subject == null || subject.isBlank()) {
                throw IdentityException.unauthenticated("the SSO token has no `" + settings.userClaim() + "` claim");
            }
            List<String> groups = claims.hasClaim(settings.groupsClaim())
                    ? claims.getStringListClaimValue(settings.groupsClaim()) : List.of();
            boolean admin = !settings.adminGroup().isEmpty() && groups.contains(settings.adminGroup());
            return new SsoIdentity(subject, claims.getClaimValueAsString("email"), claims.getClaimValueAsString("name"), admin);
        } catch (MalformedClaimException e) {
            throw IdentityException.unauthenticated("the SSO token's `" + settings.groupsClaim() + "` claim is not a list of strings");
        }
    }

    private JwtConsumer consumer(SsoSettings settings) {
        Built b = built;
        if (b == null || !b.settings().equals(settings)) {
            b = new Built(settings, build(settings));
            built = b;
            LOG.info("sso.configured issuer=" + settings.issuer() + " keys=" + settings.keyLocation());
        }
        return b.consumer();
    }

    private static JwtConsumer build(SsoSettings s) {
        JwtConsumerBuilder builder = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setAllowedClockSkewInSeconds(30)
                .setExpectedIssuer(s.issuer())
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256, AlgorithmIdentifiers.RSA_USING_SHA384,
                        AlgorithmIdentifiers.RSA_USING_SHA512, AlgorithmIdentifiers.RSA_PSS_USING_SHA256,
                        AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
                        AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384);
        if (s.audiences().isEmpty()) {
            builder.setSkipDefaultAudienceValidation();
        } else {
            builder.setExpectedAudience(s.audiences().toArray(String[]::new));
        }
        String location = s.keyLocation();
        if (location.startsWith("https://") || location.startsWith("http://")) {
            builder.setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(new HttpsJwks(location)));
            return builder.build();
        }
        try {
            String text = Files.readString(Path.of(location.startsWith("file:") ? location.substring(5) : location));
            if (text.trim().startsWith("{")) {
                builder.setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(text).getJsonWebKeys()));
            } else {
                builder.setVerificationKey(pemPublicKey(text));
            }
        } catch (IOException | JoseException | RuntimeException e) {
            LOG.warning("sso.key_unreadable location=" + location + " error=" + e.getClass().getSimpleName());
            throw IdentityException.unauthenticated("the SSO public key cannot be read; ask the operator");
        }
        return builder.build();
    }

    private static PublicKey pemPublicKey(String pem) throws IOException {
        try (Reader r = new java.io.StringReader(pem); PEMParser parser = new PEMParser(r)) {
            Object o = parser.readObject();
            if (o instanceof SubjectPublicKeyInfo info) {
                return new JcaPEMKeyConverter().getPublicKey(info);
            }
            if (o instanceof org.bouncycastle.cert.X509CertificateHolder cert) {
                return new JcaPEMKeyConverter().getPublicKey(cert.getSubjectPublicKeyInfo());
            }
            throw new IOException("no public key or certificate in PEM");
        }
    }
}
