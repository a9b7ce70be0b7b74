package com.example.portal.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.quarkus.runtime.StartupEvent;

/** Production refuses to start with the repository's dev signing key or without an identity provider. */
@ApplicationScoped
public class ProductionSecurityCheck {

    void onStart(@Observes StartupEvent event, SecurityConfig config) {
        // The packaged app runs with the test profile only under @QuarkusIntegrationTest (the browser tests).
        if (LaunchMode.current() != LaunchMode.NORMAL || ConfigUtils.getProfiles().contains("test")) {
            return;
        }
        var settings = ConfigProvider.getConfig();
        List<String> problems = problems(config.devTokens().enabled(),
                settings.getOptionalValue("quarkus.oidc.public-key", String.class),
                settings.getOptionalValue("quarkus.oidc.auth-server-url", String.class));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start in production: " + String.join(" ", problems));
        }
    }

    static List<String> problems(boolean devTokens, Optional<String> publicKey, Optional<String> authServerUrl) {
        List<String> problems = new ArrayList<>();
        if (devTokens) {
            problems.add("portal.security.dev-tokens.enabled is true, so anyone could sign tokens with the key in the "
                    + "repository; remove it.");
        }
        if (publicKey.map(key -> key.replaceAll("\\s", "").equals(DevSigningKey.PUBLIC_KEY)).orElse(false)) {
            problems.add("quarkus.oidc.public-key is the repository's dev key; set quarkus.oidc.auth-server-url to your "
                    + "identity provider instead.");
        } else if (publicKey.isEmpty() && authServerUrl.isEmpty()) {
            problems.add("No identity provider: set quarkus.oidc.auth-server-url (QUARKUS_OIDC_AUTH_SERVER_URL), e.g. "
                    + "https://keycloak.example.com/realms/portal.");
        }
        return problems;
    }
}
