package com.example.portal.security;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.microprofile.graphql.Description;

@Description("What a signed-in person may do, read from the token's groups or realm roles.")
public enum Role {
    @Description("Reads published content, asks for pitches and qualifies account lists.")
    SALES,
    @Description("Reads published content, like sales.")
    MARKETING,
    @Description("Product manager: writes cards and other content, submits cards for review, approves other PMs' cards.")
    PM,
    @Description("Everything a PM may do, and also deletes, imports content and rebuilds the search index.")
    ADMIN;

    /** The name in the token's groups or roles claim. */
    public String claim() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromClaim(String claim) {
        for (Role role : values()) {
            if (role.claim().equals(claim)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
