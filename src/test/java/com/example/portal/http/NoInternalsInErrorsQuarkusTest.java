package com.example.portal.http;

import static com.example.portal.GraphQLClient.ADMIN;
import static com.example.portal.GraphQLClient.graphql;
import static com.example.portal.http.GraphQLOverHttpQuarkusTest.JSON;
import static com.example.portal.NoInternals.assertNoInternals;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.example.portal.GraphQLClient;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A sweep of requests that fail in every way the portal knows (malformed HTTP, bad documents and variables,
 * refused methods and tokens, limits, resolver input errors, a real database fault): each gets an error message
 * and no exception text, class name, stack trace or SQL ({@link com.example.portal.NoInternals#assertNoInternals}).
 */
@QuarkusTest
class NoInternalsInErrorsQuarkusTest {

    @Inject
    AgroalDataSource dataSource;

    private static RequestSpecification post() {
        return ADMIN.request().contentType(JSON).accept(JSON);
    }

    private static Response query(String document, Map<String, Object> variables) {
        return post().body(Map.of("query", document, "variables", variables)).post("/graphql");
    }

    private static Map<String, Supplier<Response>> requests() {
        String deleteProduct = "mutation($input: DeleteInput!) { deleteProduct(input: $input) { deletedId } }";
        Map<String, Supplier<Response>> requests = new LinkedHashMap<>();
        requests.put("malformed JSON", () -> post().body("{\"query\": ").post("/graphql"));
        requests.put("JSON array", () -> post().body("[{\"query\": \"{ __typename }\"}]").post("/graphql"));
        requests.put("query not a string", () -> post().body("{\"query\": {\"a\": 1}}").post("/graphql"));
        requests.put("variables not an object", () -> post().body("{\"query\": \"{ __typename }\", \"variables\": \"x\"}").post("/graphql"));
        requests.put("operationName not a string", () -> post().body("{\"query\": \"{ __typename }\", \"operationName\": []}").post("/graphql"));
        requests.put("not UTF-8", () -> ADMIN.request().contentType(JSON).accept(JSON)
                .body(new byte[] {'{', '"', 'q', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}).post("/graphql"));
        requests.put("empty body", () -> post().body("").post("/graphql"));
        requests.put("syntax error", () -> query("{ products { ", Map.of()));
        requests.put("control character", () -> query("{ products \u0000 { totalCount } }", Map.of()));
        requests.put("unknown field", () -> query("{ products { nope } }", Map.of()));
        requests.put("unknown argument", () -> query("{ products(nope: 1) { totalCount } }", Map.of()));
        requests.put("unknown operation", () -> post().body(Map.of("query", "query A { __typename }", "operationName", "B")).post("/graphql"));
        requests.put("two anonymous operations", () -> query("{ __typename } { __typename }", Map.of()));
        requests.put("object for a string variable", () -> query("query($s: String) { product(slug: $s) { id } }", Map.of("s", Map.of("x", 1))));
        requests.put("list for a string variable", () -> query("query($s: String) { product(slug: $s) { id } }", Map.of("s", List.of(1))));
        requests.put("number too large", () -> query("{ products(first: 99999999999) { totalCount } }", Map.of()));
        requests.put("number too large in a variable", () -> query("query($n: Int) { products(first: $n) { totalCount } }",
                Map.of("n", 99999999999L)));
        requests.put("enum value that does not exist", () -> query("query($s: CardStatus) { featureCards(filter: {status: $s}) { totalCount } }",
                Map.of("s", "LIVE")));
        requests.put("string for an input's number", () -> query(deleteProduct, Map.of("input", Map.of("id", "x", "version", "abc"))));
        requests.put("an id that is not one", () -> query("{ node(id: \"%%%not-an-id\") { id } }", Map.of()));
        requests.put("an id of another type", () -> query("query($id: ID) { featureCard(id: $id) { id } }",
                Map.of("id", "UHJvZHVjdDox")));
        requests.put("page size out of range", () -> query("{ products(first: -5) { totalCount } }", Map.of()));
        requests.put("search query too long", () -> query("query($q: String!) { search(query: $q) { totalCount } }",
                Map.of("q", "x".repeat(501))));
        requests.put("invalid account list", () -> query("""
                query($input: QualifyAccountsInput!) { qualifyAccounts(input: $input) { problems { message } } }""",
                Map.of("input", Map.of("format", "JSON", "data", "{ not json"))));
        requests.put("too deep", () -> query("{ featureCards { edges { node { evidence { card { evidence { card { evidence "
                + "{ card { evidence { id } } } } } } } } } } }", Map.of()));
        requests.put("too many tokens", () -> query("{ viewer { " + "name ".repeat(2000) + "} }", Map.of()));
        requests.put("GET mutation", () -> ADMIN.request().accept(JSON).queryParam("query", "mutation { __typename }").get("/graphql"));
        requests.put("GET undecodable", () -> ADMIN.request().accept(JSON).queryParam("query", "{ a(b: \"%zz\") }").get("/graphql"));
        requests.put("GET bad variables", () -> ADMIN.request().accept(JSON).queryParam("query", "{ __typename }")
                .queryParam("variables", "[").get("/graphql"));
        requests.put("form post", () -> ADMIN.request().contentType("text/plain").accept(JSON)
                .body("{\"query\": \"{ __typename }\"}".getBytes(StandardCharsets.UTF_8)).post("/graphql"));
        requests.put("PUT", () -> ADMIN.request().accept(JSON).put("/graphql"));
        requests.put("no token", () -> GraphQLClient.withToken(null).request().contentType(JSON).accept(JSON)
                .body(Map.of("query", "{ __typename }")).post("/graphql"));
        requests.put("garbage token", () -> GraphQLClient.withToken("not.a.token").request().contentType(JSON).accept(JSON)
                .body(Map.of("query", "{ __typename }")).post("/graphql"));
        requests.put("sales creating a product", () -> GraphQLClient.as("sales.test", "sales").post(
                "mutation { createProduct(input: {slug: \"no-internals\", name: \"x\"}) { product { id } } }"));
        requests.put("introspection", () -> query("{ __schema { types { name } } }", Map.of()));
        return requests;
    }

    @Test
    void noFailingRequestShowsInternals() {
        List<String> answeredWithoutError = new java.util.ArrayList<>();
        requests().forEach((name, request) -> {
            Response response = request.get();
            String body = response.asString();
            assertThat(response.statusCode()).as(name + ": " + body).isBetween(200, 499);
            if (!body.contains("\"message\"")) {
                answeredWithoutError.add(name);
            }
            assertNoInternals(body);
        });
        // a global id that is no id, or another type's, finds nothing: null, as for an unknown slug
        assertThat(answeredWithoutError).containsExactlyInAnyOrder("an id that is not one", "an id of another type");
    }

    @Test
    void aDatabaseFaultShowsNoInternals() throws SQLException {
        execute("alter table product rename to product_gone");
        try {
            for (String document : List.of("{ product(slug: \"x\") { id } }", "{ products { edges { node { name } } } }",
                    "mutation { createProduct(input: {slug: \"fault-sweep\", name: \"x\"}) { product { id } } }")) {
                Response response = query(document, Map.of());
                String body = response.asString();
                assertThat(body).as(document).contains("System error").doesNotContain("product_gone");
                assertThat(response.jsonPath().getString("errors[0].extensions.code")).isEqualTo("INTERNAL_ERROR");
                assertNoInternals(body);
            }
        } finally {
            execute("alter table product_gone rename to product");
        }
        assertThat(graphql("{ products { totalCount } }").getInt("data.products.totalCount")).isPositive();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
