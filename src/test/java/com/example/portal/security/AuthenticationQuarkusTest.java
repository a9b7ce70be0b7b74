package com.example.portal.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.example.portal.GraphQLClient;
import com.example.portal.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Who gets in: real tokens signed with the dev key, checked by quarkus-oidc (issuer, audience, expiry, signature). */
@QuarkusTest
class AuthenticationQuarkusTest {

    static final String PRODUCTS = """
            query { products(first: 1) { totalCount } }""";

    @Test
    void aRequestWithoutTokenIsRefusedWithUnauthenticated() {
        Response response = given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body("{\"query\": \"{ products(first: 1) { totalCount } }\"}").post("/graphql");
        assertUnauthenticated(response);
        assertThat(given().get("/graphql/schema.graphql").statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownAddressIsTheWebFrontendsWhileTheApiAndQuarkusPathsStillNeedAToken() {
        // The UI answers an unknown address with its own "not found" page (the browser test checks that page).
        assertThat(given().get("/no/such/page").statusCode()).isNotEqualTo(401);
        assertThat(given().get("/q/no-such-endpoint").statusCode()).isEqualTo(401);
        assertThat(given().get("/graphql/no-such-path").statusCode()).isEqualTo(401);
        assertThat(given().get("/dev/no-such-endpoint").statusCode()).isEqualTo(401);
    }

    @Test
    void healthNeedsNoToken() {
        assertThat(given().get("/q/health/ready").statusCode()).isEqualTo(200);
        assertThat(given().get("/q/health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void aValidTokenIsAccepted() {
        assertThat(GraphQLClient.as("sales.test", "sales").run(PRODUCTS).getInt("data.products.totalCount")).isPositive();
    }

    @Test
    void expiredTokenIsRefused() {
        long past = Instant.now().minusSeconds(3600).getEpochSecond();
        String expired = TestTokens.sign(TestTokens.claims("sales.test", "sales").issuedAt(past - 600).expiresAt(past));
        assertUnauthenticated(GraphQLClient.withToken(expired).post(PRODUCTS));
    }

    @Test
    void tokenForAnotherAudienceIsRefused() {
        String other = TestTokens.sign(TestTokens.claims("sales.test", "sales").audience("some-other-api"));
        assertUnauthenticated(GraphQLClient.withToken(other).post(PRODUCTS));
    }

    @Test
    void tokenFromAnotherIssuerIsRefused() {
        String other = TestTokens.sign(TestTokens.claims("sales.test", "sales").issuer("https://elsewhere.invalid"));
        assertUnauthenticated(GraphQLClient.withToken(other).post(PRODUCTS));
    }

    @Test
    void tamperedTokenIsRefused() {
        String[] parts = TestTokens.token("sales.test", "sales").split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("\"sales\"", "\"admin\"");
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
                + "." + parts[2];
        assertUnauthenticated(GraphQLClient.withToken(forged).post(PRODUCTS));
    }

    @Test
    void devTokenEndpointIssuesTokensPerRole() {
        String token = given().queryParam("role", "pm").queryParam("user", "anna").get(DevTokenRoute.PATH)
                .then().statusCode(200).extract().asString();
        var viewer = GraphQLClient.withToken(token).run("query { viewer { name roles } }");
        assertThat(viewer.getString("data.viewer.name")).isEqualTo("anna");
        assertThat(viewer.getList("data.viewer.roles")).containsExactly("PM");
        Response unknown = given().queryParam("role", "boss").get(DevTokenRoute.PATH);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.asString()).contains("sales, marketing, pm or admin");
    }

    @Test
    void aTokenWithoutPortalRoleIsForbidden() {
        var json = GraphQLClient.as("guest.test", "offline_access").run(PRODUCTS);
        assertThat(json.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        assertThat(json.getString("errors[0].message")).contains("sales or marketing or pm");
    }

    static void assertUnauthenticated(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.jsonPath().getString("errors[0].extensions.code")).isEqualTo("UNAUTHENTICATED");
    }
}
