package com.example.portal.webui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

import com.example.portal.security.DevTokenRoute;
import com.example.portal.security.DevTokens;

/**
 * {@code GET /ui-config.json}: what the web frontend must know before anyone signs in, so it needs no token and
 * holds nothing secret: whether dev tokens are on (then the UI offers a role picker) and otherwise the OIDC
 * provider and public client id for the authorization code flow with PKCE. A plain route rather than a GraphQL
 * query because every GraphQL request needs a token.
 */
@ApplicationScoped
public class UiConfigRoute {

    public static final String PATH = "/ui-config.json";

    void register(@Observes Router router, DevTokens tokens, UiConfig config) {
        JsonObject body = new JsonObject().put("devTokens", tokens.enabled() ? DevTokenRoute.PATH : null);
        config.authority().ifPresent(authority -> body.put("oidc", new JsonObject().put("authority", authority)
                .put("clientId", config.clientId().orElse(null)).put("scope", config.scope().orElse(null))));
        String json = body.encode();
        router.get(PATH).handler(ctx -> ctx.response().putHeader("Content-Type", "application/json; charset=utf-8")
                .putHeader("Cache-Control", "no-cache").end(json));
    }
}
