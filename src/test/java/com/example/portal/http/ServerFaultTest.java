package com.example.portal.http;

import static com.example.portal.http.GraphQLOverHttpTest.GRAPHQL_RESPONSE;
import static com.example.portal.http.GraphQLOverHttpTest.JSON;
import static com.example.portal.http.GraphQLOverHttpTest.assertNoInternals;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.example.portal.products.ProductService;
import com.example.portal.products.api.CreateProductInput;
import com.example.portal.products.api.Product;
import com.example.portal.products.api.ProductPayload;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** A resolver that fails unexpectedly answers "System error" and nothing of the failure itself. */
@QuarkusTest
class ServerFaultTest {

    private static final String SECRET = "select secret_column from product_internal where slug = ";

    @BeforeEach
    void failEveryProductLookupAndWrite() {
        QuarkusMock.installMockForType(new ProductService() {
            @Override
            public Optional<Product> find(String id, String slug) {
                throw new IllegalStateException(SECRET + slug, new SQLException("ERROR: relation product_internal"));
            }

            @Override
            public ProductPayload create(CreateProductInput input) {
                throw new IllegalArgumentException(SECRET + input.slug);
            }
        }, ProductService.class);
    }

    @Test
    void aFailingQueryResolverAnswersSystemErrorWithThePartialData() {
        for (String accept : new String[] {JSON, GRAPHQL_RESPONSE}) {
            Response response = given().contentType(JSON).accept(accept)
                    .body(Map.of("query", "{ product(slug: \"x\") { id } __typename }"))
                    .post("/graphql");
            assertThat(response.statusCode()).isEqualTo(200);
            JsonPath json = response.jsonPath();
            assertThat(json.getString("errors[0].message")).isEqualTo("System error");
            assertThat(json.getList("errors[0].path")).containsExactly("product");
            assertThat(json.getMap("data")).containsEntry("product", null).containsEntry("__typename", "Query");
            assertNoSecrets(response, json);
        }
    }

    @Test
    void aFailingMutationAnswersSystemError() {
        Response response = given().contentType(JSON).accept(JSON)
                .body(Map.of("query", """
                        mutation { createProduct(input: {slug: "fault", name: "Fault"}) { product { id } userErrors { code } } }"""))
                .post("/graphql");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonPath json = response.jsonPath();
        assertThat(json.getString("errors[0].message")).isEqualTo("System error");
        assertThat(json.getString("data")).isNull();
        assertNoSecrets(response, json);
    }

    private static void assertNoSecrets(Response response, JsonPath json) {
        String body = response.asString();
        assertThat(body).doesNotContain("secret", "product_internal", "IllegalState", "IllegalArgument", "SQLException");
        assertNoInternals(body);
        Map<String, Object> extensions = json.getMap("errors[0].extensions");
        assertThat(extensions).containsOnlyKeys("classification", "code").containsEntry("classification", "DataFetchingException");
        // SmallRye derives the code of an unexpected exception from its simple class name ("illegal-state"): no
        // package and no message, but a hint of the type. See the README's "GraphQL over HTTP".
        assertThat((String) extensions.get("code")).matches("[a-z]+(-[a-z]+)*");
    }
}
