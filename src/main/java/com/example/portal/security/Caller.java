package com.example.portal.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

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

    /** The token's principal (preferred_username by default); "system" outside a request. */
    public String name() {
        SecurityIdentity identity = identity();
        if (identity == null) {
            return "system";
        }
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
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
