package com.example.portal.security;

import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.security.credential.Credential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/**
 * Bearer tokens quarkus-oidc has verified (signature, issuer, audience, expiry), with what it made of each, so the next
 * request with the same token skips the verification: a client sends one token for its whole lifetime, and the check
 * was about a tenth of the portal's CPU per search and more of a suggestion's.
 * <p>
 * An entry lives until the token expires, and at most {@code portal.security.verified-tokens.max-age} after it was
 * verified, so a key the identity server withdraws stops being honoured within that time. Refused tokens are never
 * stored: they are checked again on every request. Keyed by the whole token, so a changed byte is another key. What is
 * kept is the identity without the objects of the request it was verified in (its routing context), so an entry holds
 * no request's memory; each hit makes a new identity with the current request's.
 */
@ApplicationScoped
public class VerifiedTokenCache {

    /** Attributes quarkus-oidc sets per request; the rest (tenant, expiry, provider metadata) belong to the token. */
    private static final Set<String> PER_REQUEST = Set.of(RoutingContext.class.getName(),
            AuthenticationRequestContext.class.getName());

    /** Marks an identity this cache made, so that {@link #put} does not look it up again (nor count a second hit). */
    private static final String FROM_CACHE = VerifiedTokenCache.class.getName();

    private final Cache<String, Verified> identities;

    VerifiedTokenCache(SecurityConfig config, MeterRegistry registry) {
        SecurityConfig.VerifiedTokens settings = config.verifiedTokens();
        Duration maxAge = settings.maxAge();
        this.identities = Caffeine.newBuilder()
                .maximumSize(settings.maxSize())
                .expireAfter(Expiry.creating((String token, Verified verified) -> verified.timeLeft(maxAge)))
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, identities, "verified-tokens");
    }

    /**
     * The identity made of this token when it was verified, for the request with this routing context (null outside
     * HTTP), while the token is valid.
     */
    Optional<SecurityIdentity> find(String token, RoutingContext request) {
        Verified verified = identities.getIfPresent(token);
        // Caffeine drops an expired entry lazily; the token's own expiry is checked here to the second all the same.
        if (verified == null || verified.timeLeft(Duration.ofDays(1)).isZero()) {
            return Optional.empty();
        }
        return Optional.of(verified.identity(request));
    }

    /** Keeps what quarkus-oidc made of a verified token; a token without an expiry is not kept. */
    void put(String token, SecurityIdentity identity) {
        // A hit comes through here too (augmentors run on every identity): it is already kept.
        if (identity.getAttribute(FROM_CACHE) == null && identity.getPrincipal() instanceof JsonWebToken jwt
                && jwt.getExpirationTime() > 0) {
            identities.asMap().putIfAbsent(token, Verified.of(jwt, identity));
        }
    }

    /** What an identity made of a token holds, but the request. */
    private record Verified(Principal principal, Instant expires, Set<String> roles, Set<Credential> credentials,
            Map<String, Object> attributes, Set<String> scopes) {

        static Verified of(JsonWebToken jwt, SecurityIdentity identity) {
            Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
            attributes.keySet().removeAll(PER_REQUEST);
            return new Verified(jwt, Instant.ofEpochSecond(jwt.getExpirationTime()), Set.copyOf(identity.getRoles()),
                    Set.copyOf(identity.getCredentials()), attributes, scopes(jwt));
        }

        /** quarkus-oidc grants a token's scopes as permissions (its "scope" claim, space-separated); so does a hit. */
        private static Set<String> scopes(JsonWebToken jwt) {
            Object scope = jwt.getClaim("scope");
            if (!(scope instanceof String text) || text.isBlank()) {
                return Set.of();
            }
            return Arrays.stream(text.trim().split("\\s+")).collect(Collectors.toUnmodifiableSet());
        }

        /** The identity for one request, with the per-request attributes quarkus-oidc would set on it. */
        SecurityIdentity identity(RoutingContext request) {
            QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                    .setPrincipal(principal)
                    .addRoles(roles)
                    .addCredentials(credentials)
                    .addAttributes(attributes)
                    .addAttribute(FROM_CACHE, Boolean.TRUE);
            if (request != null) {
                builder.addAttribute(RoutingContext.class.getName(), request);
                Object blocking = request.get(AuthenticationRequestContext.class.getName());
                if (blocking != null) {
                    builder.addAttribute(AuthenticationRequestContext.class.getName(), blocking);
                }
            }
            if (!scopes.isEmpty()) {
                builder.addPermissionsAsString(scopes);
            }
            return builder.build();
        }

        Duration timeLeft(Duration atMost) {
            Duration left = Duration.between(Instant.now(), expires);
            return left.isNegative() ? Duration.ZERO : left.compareTo(atMost) < 0 ? left : atMost;
        }
    }
}
