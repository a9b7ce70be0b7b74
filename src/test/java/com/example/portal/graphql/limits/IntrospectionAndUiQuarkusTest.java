package com.example.portal.graphql.limits;

import static com.example.portal.GraphQLClient.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.introspection.IntrospectionQuery;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The test profile has production's introspection and UI settings (ProfileConfigTest checks that they resolve
 * alike), so what these requests get is what production gives: no introspection, no GraphQL UI. Only the schema
 * file is on, for SchemaFileQuarkusTest; production has it off.
 */
@QuarkusTest
class IntrospectionAndUiQuarkusTest {

    @Test
    void introspectionIsRefusedButTypenameWorks() {
        for (String query : List.of("{ __schema { queryType { name } } }", "{ __type(name: \"FeatureCard\") { fields { name } } }",
                IntrospectionQuery.INTROSPECTION_QUERY)) {
            Response response = ADMIN.post(query);
            assertThat(response.statusCode()).isEqualTo(200);
            JsonPath json = response.jsonPath();
            assertThat(json.getString("data")).as(query).isNull();
            assertThat(json.getString("errors[0].extensions.classification")).as(query).isEqualTo("ValidationError");
            assertThat(json.getString("errors[0].message")).as(query).containsPattern("Field '\\w+' in type '__(Schema|Type)' is undefined");
        }
        // what the field visibility alone lets through: whether a type exists
        for (String type : List.of("FeatureCard", "NoSuchType")) {
            JsonPath json = ADMIN.post("{ __type(name: \"" + type + "\") { __typename } }").jsonPath();
            assertThat(json.getString("data.__type")).as(type).isNull();
            assertThat(json.getString("errors[0].message")).as(type).contains("Introspection has been disabled");
        }
        assertThat(ADMIN.run("{ __typename featureCards(first: 1) { __typename } }").getString("data.__typename")).isEqualTo("Query");
    }

    @Test
    void theGraphQLUiIsNotServed() {
        for (String path : List.of("/q/graphql-ui", "/q/graphql-ui/", "/q/graphql-ui/index.html")) {
            assertThat(ADMIN.request().get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void theSchemaFileIsServedInTheTestProfileOnly() {
        // SchemaFileQuarkusTest needs it; %prod has quarkus.smallrye-graphql.schema-available=false (ProfileConfigTest)
        assertThat(ADMIN.request().get("/graphql/schema.graphql").statusCode()).isEqualTo(200);
    }
}
