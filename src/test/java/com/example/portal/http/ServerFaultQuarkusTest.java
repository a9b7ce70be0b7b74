package com.example.portal.http;

import static com.example.portal.http.GraphQLOverHttpQuarkusTest.GRAPHQL_RESPONSE;
import static com.example.portal.http.GraphQLOverHttpQuarkusTest.JSON;
import static com.example.portal.NoInternals.assertNoInternals;
import static com.example.portal.GraphQLClient.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * A resolver that fails unexpectedly answers "System error" and nothing of the failure itself. The fault is
 * real: the product table is renamed for the duration of each test, so PostgreSQL rejects the SQL.
 */
@QuarkusTest
class ServerFaultQuarkusTest {

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void takeTheProductTableAway() throws SQLException {
        execute("alter table product rename to product_unavailable");
    }

    @AfterEach
    void giveItBack() throws SQLException {
        execute("alter table product_unavailable rename to product");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void aFailingQueryResolverAnswersSystemErrorWithThePartialData() {
        for (String accept : new String[] {JSON, GRAPHQL_RESPONSE}) {
            Response response = ADMIN.request().contentType(JSON).accept(accept)
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
        Response response = ADMIN.request().contentType(JSON).accept(JSON)
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
        assertThat(body).doesNotContain("product_unavailable", "relation", "select", "SQL", "PSQL", "Hibernate",
                "GrammarException", "org.", "java.");
        assertNoInternals(body);
        Map<String, Object> extensions = json.getMap("errors[0].extensions");
        assertThat(extensions).containsOnlyKeys("classification", "code", "errorId")
                .containsEntry("classification", "DataFetchingException");
        // the id the server log names with the stack trace (OperatorLogQuarkusTest)
        assertThat(extensions.get("errorId").toString()).matches("[0-9a-f-]{36}");
        // SmallRye derives the code of an unexpected exception from its simple class name ("s-q-l-grammar"); the
        // portal replaces it with one code for every unexpected failure
        assertThat(extensions).containsEntry("code", "INTERNAL_ERROR");
    }
}
