package com.example.portal.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, for the rules in the services. Outside an HTTP request (content import at start, the search
 * indexer) there is no caller and the code runs as the system, which may read everything.
 */
@ApplicationScoped
public class Caller {

    /** Null outside a request: the system. */
    private SecurityIdentity identity() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        try (InstanceHandle<SecurityIdentity> handle = Arc.container().instance(SecurityIdentity.class)) {
            return handle.get();
        }
    }

    /** The claim the user name is read from (quarkus.oidc.token.principal-claim), for messages. */
    @ConfigProperty(name = "quarkus.oidc.token.principal-claim", defaultValue = "preferred_username")
    String nameClaim;

    /**
     * The token's principal (preferred_username by default), without surrounding spaces; "system" outside a request;
     * null for a valid token that carries no user name.
     */
    public String name() {
        SecurityIdentity identity = identity();
        if (identity == null) {
            return "system";
        }
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        String name = identity.getPrincipal().getName();
        return name == null || name.isBlank() ? null : name.strip();
    }

    /**
     * The user name for operations that record who did them (submitting, approving, verifying, revisions); a token
     * without one is refused with FORBIDDEN, since the four-eyes rule cannot tell such callers apart.
     */
    public String userName() {
        String name = name();
        if (name == null) {
            throw new ForbiddenException("Your token carries no user name (claim " + nameClaim + "), and this operation "
                    + "records who did it: sign in with a user account rather than a client's token.");
        }
        return name;
    }

    /**
     * Whether two user names are the same person's, as the identity provider compares them: Keycloak (and most
     * providers) treat user names case-insensitively, and surrounding spaces are never part of one.
     */
    public static boolean sameUser(String a, String b) {
        return a != null && b != null && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    public Set<Role> roles() {
        SecurityIdentity identity = identity();
        if (identity == null) {
            return EnumSet.allOf(Role.class);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        identity.getRoles().forEach(claim -> Role.fromClaim(claim).ifPresent(roles::add));
        return roles;
    }

    public boolean has(Role role) {
        Set<Role> roles = roles();
        return roles.contains(role) || (role == Role.PM && roles.contains(Role.ADMIN));
    }

    /** PMs and admins read drafts, cards in review and archived cards; sales and marketing only what is published. */
    public boolean mayReadUnpublished() {
        return has(Role.PM);
    }

    /** The role recorded with a search that found nothing. */
    public String mainRole() {
        Set<Role> roles = roles();
        Role[] byRank = { Role.ADMIN, Role.PM, Role.MARKETING, Role.SALES };
        return Arrays.stream(byRank).filter(roles::contains).findFirst().map(Role::claim).orElse("none");
    }

    public void requireAny(Role... allowed) {
        SecurityIdentity identity = identity();
        if (identity == null) {
            return;
        }
        if (identity.isAnonymous()) {
            throw new UnauthenticatedException();
        }
        for (Role role : allowed) {
            if (has(role)) {
                return;
            }
        }
        throw new ForbiddenException("This needs the role " + Arrays.stream(allowed).map(Role::claim)
                .collect(Collectors.joining(" or ")) + "; your roles: " + describe(roles()) + ".");
    }

    private static String describe(Set<Role> roles) {
        return roles.isEmpty() ? "none of sales, marketing, pm, admin"
                : roles.stream().map(Role::claim).collect(Collectors.joining(", "));
    }
}
