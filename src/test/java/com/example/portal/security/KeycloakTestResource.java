package com.example.portal.security;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a real Keycloak for the end-to-end tests and points the portal at its realm: quarkus.oidc.auth-server-url is
 * the realm, and the dev signing key, the dev issuer and the dev tokens of the test profile are switched off (an empty
 * value unsets a property in SmallRye Config; the %test names are set too, so the result does not depend on how this
 * source's ordinal compares with application.properties').
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    /** Where the tests find the realm (the same value as quarkus.oidc.auth-server-url). */
    static final String REALM_URL = "portal.e2e.keycloak-realm-url";

    private KeycloakServer server;

    @Override
    public Map<String, String> start() {
        Duration timeout = Duration.ofSeconds(Long.getLong("keycloak.start-timeout", 300));
        server = KeycloakServer.start(KeycloakServer.home(), KeycloakJavaHome.find(), timeout);
        Map<String, String> config = new HashMap<>();
        config.put(REALM_URL, server.realmUrl());
        config.put("quarkus.oidc.auth-server-url", server.realmUrl());
        for (String profile : new String[] { "", "%test." }) {
            config.put(profile + "quarkus.oidc.public-key", "");
            config.put(profile + "quarkus.oidc.token.issuer", "");
            config.put(profile + "portal.security.dev-tokens.enabled", "false");
        }
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
