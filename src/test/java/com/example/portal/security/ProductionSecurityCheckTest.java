package com.example.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Production refuses to start with the repository's dev signing or without an identity provider. */
class ProductionSecurityCheckTest {

    static final Optional<String> KEYCLOAK = Optional.of("https://keycloak.example.com/realms/portal");

    @Test
    void aConfiguredIdentityProviderIsFine() {
        assertThat(ProductionSecurityCheck.problems(false, Optional.empty(), KEYCLOAK)).isEmpty();
    }

    @Test
    void devTokensAreRefused() {
        assertThat(ProductionSecurityCheck.problems(true, Optional.empty(), KEYCLOAK))
                .singleElement().asString().contains("portal.security.dev-tokens.enabled");
    }

    @Test
    void theRepositorysPublicKeyIsRefusedHoweverItIsWrapped() throws Exception {
        String pem = Files.readString(Path.of("config/dev-oidc/public-key.pem"))
                .replaceAll("-----[A-Z ]+-----", "");
        assertThat(ProductionSecurityCheck.problems(false, Optional.of(pem), KEYCLOAK))
                .singleElement().asString().contains("dev key");
    }

    @Test
    void noIdentityProviderIsRefused() {
        assertThat(ProductionSecurityCheck.problems(false, Optional.empty(), Optional.empty()))
                .singleElement().asString().contains("QUARKUS_OIDC_AUTH_SERVER_URL");
    }

    @Test
    void anotherPublicKeyIsAcceptedAsTheProvider() {
        assertThat(ProductionSecurityCheck.problems(false, Optional.of("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAother"),
                Optional.empty())).isEmpty();
    }
}
