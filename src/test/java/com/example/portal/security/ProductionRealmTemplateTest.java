package com.example.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The production realm template (config/keycloak/portal-realm.production.json, docs/operations.md "Production
 * walkthrough") against what the portal expects, and against the e2e realm whose web client ProductionJarIT signs in
 * with: the same roles, the same kind of PKCE client, the API's audience on every client, and no credentials.
 * Plain JUnit: Keycloak itself reads the e2e realm in KeycloakEndToEndQuarkusTest and ProductionJarIT.
 */
class ProductionRealmTemplateTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path TEMPLATE = Path.of("config/keycloak/portal-realm.production.json");
    private static final Path E2E = Path.of("src/test/resources/keycloak/portal-realm.json");

    @Test
    void theTemplateHasTheRolesTheClientsAndNoUsersOrSecrets() throws IOException {
        JsonNode realm = JSON.readTree(TEMPLATE.toFile());

        assertThat(realm.get("realm").asText()).isEqualTo("portal");
        List<String> roles = realm.at("/roles/realm").findValuesAsText("name");
        List<String> expected = new ArrayList<>(Arrays.stream(Role.values()).map(Role::claim).toList());
        expected.add("metrics");
        assertThat(roles).containsExactlyInAnyOrderElementsOf(expected);
        for (JsonNode client : realm.get("clients")) {
            assertThat(audiences(client)).as(client.get("clientId").asText()).containsExactly(apiAudience());
        }
        assertThat(realm.get("users").findValuesAsText("username")).containsExactly("service-account-portal-metrics");
        String text = Files.readString(TEMPLATE);
        assertThat(text).doesNotContain("\"credentials\"", "\"secret\"");
    }

    @Test
    void theWebClientIsAPublicPkceClientInBothRealms() throws IOException {
        for (Path file : List.of(TEMPLATE, E2E)) {
            JsonNode web = client(JSON.readTree(file.toFile()), "portal-web");
            assertThat(web.get("publicClient").asBoolean()).as(file + " public").isTrue();
            assertThat(web.get("standardFlowEnabled").asBoolean()).as(file + " code flow").isTrue();
            assertThat(web.get("directAccessGrantsEnabled").asBoolean()).as(file + " no password grant").isFalse();
            assertThat(web.at("/attributes/pkce.code.challenge.method").asText()).as(file + " PKCE").isEqualTo("S256");
            assertThat(web.get("redirectUris").get(0).asText()).as(file.toString()).endsWith("/signin");
            assertThat(web.get("webOrigins")).as(file + " web origins (the UI calls the token endpoint)").isNotEmpty();
            assertThat(audiences(web)).as(file.toString()).containsExactly(apiAudience());
        }
    }

    private static JsonNode client(JsonNode realm, String id) {
        for (JsonNode client : realm.get("clients")) {
            if (client.get("clientId").asText().equals(id)) {
                return client;
            }
        }
        throw new AssertionError("No client " + id);
    }

    private static List<String> audiences(JsonNode client) {
        return client.get("protocolMappers").findValuesAsText("included.custom.audience");
    }

    /** quarkus.oidc.token.audience of application.properties. */
    private static String apiAudience() throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties.getProperty("quarkus.oidc.token.audience");
    }
}
