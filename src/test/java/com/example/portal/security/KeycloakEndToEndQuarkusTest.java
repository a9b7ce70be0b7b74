package com.example.portal.security;

import static com.example.portal.security.AuthenticationQuarkusTest.assertUnauthenticated;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.example.portal.GraphQLClient;
import com.example.portal.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * End to end with a real identity provider: a Keycloak started from the distribution on Maven Central with the
 * project's realm (src/test/resources/keycloak/portal-realm.json) issues the tokens, with the password grant, and the
 * portal validates them against the realm's keys and discovery document, with the dev key switched off. Its own test
 * profile, so Quarkus restarts once for this class; Keycloak's start dominates its time (README "End-to-end with
 * Keycloak").
 */
@QuarkusTest
@TestProfile(KeycloakEndToEndQuarkusTest.WithKeycloak.class)
class KeycloakEndToEndQuarkusTest {

    /** The portal's client: tokens with the audience portal-api. */
    static final String PORTAL_CLIENT = "portal-cli";
    /** Like portal-cli, with access tokens that expire after 2 seconds. */
    static final String SHORT_LIVED_CLIENT = "portal-cli-short";
    /** Another application of the realm: its tokens are for other-api. */
    static final String OTHER_CLIENT = "other-app";

    /** The realm's users and their one realm role each; every password is the user name followed by "-password". */
    static final Map<String, String> USERS = new LinkedHashMap<>();
    static {
        USERS.put("sales.sofia", "SALES");
        USERS.put("marketing.maria", "MARKETING");
        USERS.put("pm.anna", "PM");
        USERS.put("pm.boris", "PM");
        USERS.put("admin.alex", "ADMIN");
    }

    public static class WithKeycloak implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KeycloakTestResource.class));
        }
    }

    private static final String VIEWER = "query { viewer { name roles readsUnpublished } }";
    private static final String CREATE = """
            mutation($input: CreateProductInput!) {
              createProduct(input: $input) { product { id slug name version } userErrors { code message } }
            }""";
    private static final String UPDATE = """
            mutation($input: UpdateProductInput!) {
              updateProduct(input: $input) { product { id name version } userErrors { code message } }
            }""";
    private static final String DELETE = """
            mutation($input: DeleteInput!) { deleteProduct(input: $input) { deletedId userErrors { code message } } }""";
    private static final String SEARCH_DRAFT = """
            query {
              search(query: "записи разговоров", first: 20) { edges { node { type slug } } }
              featureCard(slug: "call-recordings") { slug }
            }""";
    private static final String BY_SLUG = """
            query($slug: String) { product(slug: $slug) { id name version } }""";

    @Test
    void everyUserOfTheRealmIsSeenWithTheirRealmRole() {
        USERS.forEach((user, role) -> {
            String token = token(PORTAL_CLIENT, user);
            JsonPath claims = claims(token);
            assertThat(claims.getString("iss")).isEqualTo(realmUrl());
            assertThat(audiences(claims)).contains("portal-api");

            JsonPath viewer = GraphQLClient.withToken(token).run(VIEWER);
            assertThat(viewer.getString("data.viewer.name")).isEqualTo(user);
            assertThat(viewer.getList("data.viewer.roles")).as(user).containsExactly(role);
            assertThat(viewer.getBoolean("data.viewer.readsUnpublished")).as(user)
                    .isEqualTo(role.equals("PM") || role.equals("ADMIN"));
        });
    }

    @Test
    void salesAndMarketingReadPmsWriteAndOnlyAdminsDelete() {
        String slug = "e2e-keycloak-" + Long.toString(System.currentTimeMillis(), 36);
        for (String user : List.of("sales.sofia", "marketing.maria")) {
            JsonPath refused = as(user).run(CREATE, "input", Map.of("slug", slug, "name", "Из Keycloak"));
            assertForbidden(refused, user);
            assertThat(refused.getString("data.createProduct")).isNull();
        }
        assertThat(as("admin.alex").run(BY_SLUG, "slug", slug).getString("data.product")).isNull();

        JsonPath created = as("pm.anna").run(CREATE, "input", Map.of("slug", slug, "name", "Из Keycloak"));
        assertThat(created.getList("data.createProduct.userErrors")).isEmpty();
        String id = created.getString("data.createProduct.product.id");
        JsonPath renamed = as("pm.boris").run(UPDATE, "input", Map.of("id", id, "version", 0, "name", "Переименован"));
        assertThat(renamed.getList("data.updateProduct.userErrors")).isEmpty();
        assertThat(renamed.getInt("data.updateProduct.product.version")).isEqualTo(1);
        assertThat(as("sales.sofia").run(BY_SLUG, "slug", slug).getString("data.product.name")).isEqualTo("Переименован");
        assertThat(as("marketing.maria").run(BY_SLUG, "slug", slug).getString("data.product.id")).isEqualTo(id);

        for (String user : List.of("pm.anna", "sales.sofia")) {
            assertForbidden(as(user).run(DELETE, "input", Map.of("id", id, "version", 1)), user);
        }
        assertThat(as("admin.alex").run(BY_SLUG, "slug", slug).getString("data.product.id")).isEqualTo(id);
        JsonPath deleted = as("admin.alex").run(DELETE, "input", Map.of("id", id, "version", 1));
        assertThat(deleted.getList("data.deleteProduct.userErrors")).isEmpty();
        assertThat(deleted.getString("data.deleteProduct.deletedId")).isEqualTo(id);
        assertThat(as("pm.anna").run(BY_SLUG, "slug", slug).getString("data.product")).isNull();
    }

    @Test
    void aDraftIsFoundByPmsAndNeverBySalesOrMarketing() throws InterruptedException {
        GraphQLClient admin = as("admin.alex");
        for (int i = 0; i < 600 && !admin.run("{ searchIndexStatus { ready } }").getBoolean("data.searchIndexStatus.ready"); i++) {
            Thread.sleep(100);
        }
        // call-recordings is a draft card in the sample content.
        assertThat(draftSeenBy("pm.anna")).isTrue();
        assertThat(draftSeenBy("sales.sofia")).isFalse();
        assertThat(draftSeenBy("marketing.maria")).isFalse();
    }

    /** Whether the user finds the draft card call-recordings by search or reads it by slug. */
    private static boolean draftSeenBy(String user) {
        JsonPath found = as(user).run(SEARCH_DRAFT);
        assertThat(found.getList("errors")).as(user).isNull();
        boolean searched = found.getList("data.search.edges.node.slug").contains("call-recordings");
        boolean read = found.getString("data.featureCard.slug") != null;
        assertThat(read).as(user + " reads the draft by slug as it finds it by search").isEqualTo(searched);
        return searched;
    }

    @Test
    void aRequestWithoutTokenIsUnauthenticated() {
        assertUnauthenticated(GraphQLClient.withToken(null).post(VIEWER));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        String token = token(OTHER_CLIENT, "admin.alex");
        JsonPath claims = claims(token);
        assertThat(claims.getString("iss")).isEqualTo(realmUrl());
        assertThat(audiences(claims)).containsExactly("other-api");
        assertThat(claims.getList("realm_access.roles", String.class)).contains("admin");
        assertUnauthenticated(GraphQLClient.withToken(token).post(VIEWER));
    }

    @Test
    void anExpiredTokenIsRefused() throws InterruptedException {
        String token = grant(SHORT_LIVED_CLIENT, "admin.alex");
        JsonPath claims = claims(token);
        assertThat(audiences(claims)).contains("portal-api");
        long expiresAt = claims.getLong("exp");
        assertThat(expiresAt - claims.getLong("iat")).isLessThanOrEqualTo(2);
        // Past the expiry by more than a clock tick of the server's whole-second check.
        long wait = (expiresAt + 2) * 1000 - Instant.now().toEpochMilli();
        if (wait > 0) {
            Thread.sleep(wait);
        }
        assertUnauthenticated(GraphQLClient.withToken(token).post(VIEWER));
    }

    @Test
    void aTamperedTokenIsRefused() {
        String token = token(PORTAL_CLIENT, "sales.sofia");
        assertThat(GraphQLClient.withToken(token).run(VIEWER).getList("data.viewer.roles")).containsExactly("SALES");

        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String raised = payload.replace("\"roles\":[\"sales\"]", "\"roles\":[\"admin\"]");
        assertThat(raised).isNotEqualTo(payload);
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(raised.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertUnauthenticated(GraphQLClient.withToken(forged).post(VIEWER));
    }

    @Test
    void theRepositoryDevKeyIsNotTrustedWithAnIdentityProvider() {
        assertUnauthenticated(GraphQLClient.withToken(TestTokens.token("admin.test", "admin")).post(VIEWER));
        assertThat(given().get(DevTokenRoute.PATH).statusCode()).isEqualTo(404);
    }

    /** Tokens of portal-cli and other-app live 5 minutes, longer than this class runs; each grant costs ~0.7 s. */
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    /** An access token of the user from the client, by the password grant, fetched once per class run. */
    static String token(String client, String user) {
        return TOKENS.computeIfAbsent(client + " " + user, key -> grant(client, user));
    }

    /** A new access token from Keycloak's password grant. */
    static String grant(String client, String user) {
        return given().formParam("grant_type", "password").formParam("client_id", client)
                .formParam("username", user).formParam("password", user + "-password")
                .post(realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static GraphQLClient as(String user) {
        return GraphQLClient.withToken(token(PORTAL_CLIENT, user));
    }

    private static String realmUrl() {
        return ConfigProvider.getConfig().getValue(KeycloakTestResource.REALM_URL, String.class);
    }

    private static JsonPath claims(String token) {
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    /** aud is a string for one audience and an array for several. */
    private static List<String> audiences(JsonPath claims) {
        Object aud = claims.get("aud");
        return aud instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(aud));
    }

    private static void assertForbidden(JsonPath response, String user) {
        assertThat(response.getString("errors[0].extensions.code")).as(user).isEqualTo("FORBIDDEN");
    }
}
