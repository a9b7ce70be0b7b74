package com.example.portal.bench;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/**
 * The benchmark's own identity provider: an RSA key pair made at start, whose public half the portal trusts through
 * {@code quarkus.oidc.public-key}. Production mode refuses the repository's dev key (security/ProductionSecurityCheck),
 * so the harness cannot use TestTokens.
 */
final class BenchTokens {

    static final String ISSUER = "https://bench.invalid/issuer";
    static final String AUDIENCE = "portal-api";

    private final KeyPair keys;

    BenchTokens() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as quarkus.oidc.public-key takes it: base64 of the X.509 encoding. */
    String publicKey() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    /** A token for the role's claim (admin, pm, sales), valid for a day: a 100k run takes long. */
    String token(String user, String roleClaim) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(user).preferredUserName(user).groups(Set.of(roleClaim))
                .expiresIn(Duration.ofDays(1)).jws().keyId("bench").sign(keys.getPrivate());
    }
}
