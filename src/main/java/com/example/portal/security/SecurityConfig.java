package com.example.portal.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "portal.security")
public interface SecurityConfig {

    DevTokens devTokens();

    VerifiedTokens verifiedTokens();

    /** Bearer tokens kept after quarkus-oidc verified them (see VerifiedTokenCache). */
    interface VerifiedTokens {

        /** How many tokens at most; 0 verifies every request's token anew. */
        @WithDefault("10000")
        long maxSize();

        /** How long at most a verified token is honoured without a new check (and never past its expiry). */
        @WithDefault("PT5M")
        Duration maxAge();
    }

    /** Dev and test only: tokens signed with a key from the repository, so no identity server is needed. */
    interface DevTokens {

        @WithDefault("false")
        boolean enabled();

        /** PKCS#8 PEM file of the private key; its public half is quarkus.oidc.public-key in dev and test. */
        @WithDefault("config/dev-oidc/signing-key.pem")
        String signingKey();

        @WithDefault("https://portal.invalid/dev-issuer")
        String issuer();

        @WithDefault("portal-api")
        String audience();

        @WithDefault("PT12H")
        Duration lifetime();
    }
}
