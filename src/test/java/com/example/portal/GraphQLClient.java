package com.example.portal;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Posts GraphQL operations the way a client does, over HTTP, and returns the JSON response. */
public final class GraphQLClient {

    private GraphQLClient() {
    }

    public static JsonPath graphql(String query, Object... variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", vars(variables));
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).body(body)
                .when().post("/graphql")
                .then().statusCode(200).extract().jsonPath();
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
