package com.example.portal;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;

import com.example.portal.security.DevTokens;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Real signed JWTs for tests, made the way the dev identity (config/dev-oidc) makes them. */
public final class TestTokens {

    public static final String ISSUER = "https://portal.invalid/dev-issuer";
    public static final String AUDIENCE = "portal-api";
    private static final PrivateKey KEY = DevTokens.readPrivateKey(Path.of("config/dev-oidc/signing-key.pem"));

    private TestTokens() {
    }

    public static String token(String user, String... roles) {
        return sign(claims(user, roles));
    }

    /** Claims of a valid token, for tests that then spoil one of them. */
    public static JwtClaimsBuilder claims(String user, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(user).preferredUserName(user).groups(Set.of(roles))
                .expiresIn(Duration.ofDays(1)); // a whole test run on a busy machine can pass an hour
    }

    public static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("portal-dev").sign(KEY);
    }
}
