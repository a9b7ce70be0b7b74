package com.example.portal;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Posts GraphQL operations the way a client does, over HTTP with a bearer token, and returns the JSON response. */
public final class GraphQLClient {

    /** Tests that are not about roles act as an admin, who may do everything. */
    public static final GraphQLClient ADMIN = as("admin.test", "admin");

    private final String token;

    private GraphQLClient(String token) {
        this.token = token;
    }

    public static GraphQLClient as(String user, String... roles) {
        return new GraphQLClient(TestTokens.token(user, roles));
    }

    public static GraphQLClient withToken(String token) {
        return new GraphQLClient(token);
    }

    /** As an admin; see {@link #ADMIN}. */
    public static JsonPath graphql(String query, Object... variables) {
        return ADMIN.run(query, variables);
    }

    /** Runs an operation that must answer 200 (data, or GraphQL errors from resolvers). */
    public JsonPath run(String query, Object... variables) {
        return post(query, variables).then().statusCode(200).extract().jsonPath();
    }

    public Response post(String query, Object... variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", vars(variables));
        return request().contentType(ContentType.JSON).accept(ContentType.JSON).body(body).when().post("/graphql");
    }

    /** A request carrying this client's token, for tests that shape the HTTP request themselves. */
    public RequestSpecification request() {
        return token == null ? given() : given().header("Authorization", "Bearer " + token);
    }

    /** Variables as alternating names and values. */
    public static Map<String, Object> vars(Object... namesAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
