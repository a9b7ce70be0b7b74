package com.example.portal.security;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Dev and test only: {@code GET /dev/token?role=pm&user=anna} answers with a signed access token as plain text.
 * Roles may be repeated or comma-separated; the user defaults to "{role}.dev". Not registered unless
 * portal.security.dev-tokens.enabled, which production refuses (ProductionSecurityCheck).
 */
@ApplicationScoped
public class DevTokenRoute {

    public static final String PATH = "/dev/token";

    void register(@Observes Router router, DevTokens tokens) {
        if (tokens.enabled()) {
            router.get(PATH).handler(ctx -> issue(ctx, tokens));
        }
    }

    private static void issue(RoutingContext ctx, DevTokens tokens) {
        List<Role> roles = new ArrayList<>();
        for (String value : ctx.queryParam("role")) {
            for (String claim : value.split(",")) {
                var role = Role.fromClaim(claim.trim());
                if (role.isEmpty()) {
                    reply(ctx, 400, "Unknown role \"" + claim.trim() + "\"; use sales, marketing, pm or admin.\n");
                    return;
                }
                roles.add(role.get());
            }
        }
        if (roles.isEmpty()) {
            reply(ctx, 400, "Say which role: " + PATH + "?role=sales (or marketing, pm, admin), optionally &user=name.\n");
            return;
        }
        List<String> users = ctx.queryParam("user");
        String user = users.isEmpty() || users.get(0).isBlank() ? roles.get(0).claim() + ".dev" : users.get(0).trim();
        reply(ctx, 200, tokens.issue(user, roles));
    }

    private static void reply(RoutingContext ctx, int status, String text) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "text/plain; charset=UTF-8")
                .putHeader("Cache-Control", "no-store").end(text);
    }
}
