package com.example.portal.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Keeps every identity quarkus-oidc made of a bearer token in {@link VerifiedTokenCache}. Augmentors run only on an
 * identity a provider accepted, so a refused token never gets here; this one runs last, to keep the identity as the
 * other augmentors left it.
 */
@ApplicationScoped
public class VerifiedTokenRecorder implements SecurityIdentityAugmentor {

    private final VerifiedTokenCache cache;

    VerifiedTokenRecorder(VerifiedTokenCache cache) {
        this.cache = cache;
    }

    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        TokenCredential token = identity.getCredential(TokenCredential.class);
        if (token != null && !identity.isAnonymous()) {
            cache.put(token.getToken(), identity);
        }
        return Uni.createFrom().item(identity);
    }
}
