package com.example.portal.security;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a bearer token from {@link VerifiedTokenCache} before quarkus-oidc's provider is asked; on a miss it answers
 * nothing, and Quarkus goes on to quarkus-oidc, which verifies the token ({@link VerifiedTokenRecorder} then keeps it).
 */
@ApplicationScoped
public class CachedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final VerifiedTokenCache cache;

    CachedTokenIdentityProvider(VerifiedTokenCache cache) {
        this.cache = cache;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Asked before quarkus-oidc's provider, which has the default priority. */
    @Override
    public int priority() {
        return 1000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        // The per-request attributes quarkus-oidc would set: the routing context and the blocking-call context.
        Map<String, Object> thisRequest = new HashMap<>();
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing != null) {
            thisRequest.put(RoutingContext.class.getName(), routing);
            Object blocking = routing.get(AuthenticationRequestContext.class.getName());
            if (blocking != null) {
                thisRequest.put(AuthenticationRequestContext.class.getName(), blocking);
            }
        }
        return Uni.createFrom().item(cache.find(request.getToken().getToken(), thisRequest).orElse(null));
    }
}
