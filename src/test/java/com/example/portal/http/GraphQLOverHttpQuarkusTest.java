package com.example.portal.http;

import static com.example.portal.GraphQLClient.graphql;
import static com.example.portal.GraphQLClient.ADMIN;
import static com.example.portal.NoInternals.assertNoInternals;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.example.portal.Operations;
import com.example.portal.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The /graphql endpoint against the GraphQL-over-HTTP draft, as SmallRye GraphQL plus {@link GraphQLHttpGuard}
 * serve it. Where SmallRye deviates from the spec, the test pins what it does; the README's "GraphQL over HTTP"
 * section lists those deviations.
 */
@QuarkusTest
class GraphQLOverHttpQuarkusTest {

    static final String JSON = "application/json";
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    private static final String COUNT = "{ products(first: 1) { totalCount } }";
    private static final String BY_SLUG = Operations.of("ProductBySlug");

    private static RequestSpecification post(String accept) {
        return ADMIN.request().contentType(JSON).accept(accept);
    }

    private static boolean productExists(String slug) {
        return graphql(BY_SLUG, "slug", slug).getString("data.product") != null;
    }

    @Test
    void postAnswersInTheMediaTypeTheClientAccepts() {
        Map<String, String> acceptToContentType = Map.of(
                JSON, JSON + "; charset=utf-8",
                GRAPHQL_RESPONSE, GRAPHQL_RESPONSE + "; charset=utf-8",
                GRAPHQL_RESPONSE + ", " + JSON + ";q=0.9", GRAPHQL_RESPONSE + "; charset=utf-8",
                JSON + ";q=0.9", JSON + "; charset=utf-8",
                "*/*", GRAPHQL_RESPONSE + "; charset=UTF-8");
        acceptToContentType.forEach((accept, contentType) -> {
            Response response = post(accept).body(Map.of("query", COUNT)).post("/graphql");
            assertThat(response.statusCode()).as(accept).isEqualTo(200);
            assertThat(response.contentType()).as(accept).isEqualTo(contentType);
            assertThat(response.jsonPath().getInt("data.products.totalCount")).as(accept).isNotNegative();
        });

        Response noAccept = ADMIN.request().contentType(JSON).body(Map.of("query", COUNT)).post("/graphql");
        assertThat(noAccept.statusCode()).isEqualTo(200);
        assertThat(noAccept.contentType()).isEqualTo(GRAPHQL_RESPONSE + "; charset=UTF-8");

        assertThat(post("text/html").body(Map.of("query", COUNT)).post("/graphql").statusCode()).isEqualTo(406);
    }

    @Test
    void queriesRunOverGetWithVariables() {
        Response response = ADMIN.request().accept(JSON)
                .queryParam("query", "query($n: Int) { products(first: $n) { totalCount edges { cursor } } }")
                .queryParam("variables", "{\"n\": 1}")
                .get("/graphql");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo(JSON + "; charset=utf-8");
        assertThat(response.jsonPath().getList("data.products.edges")).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void noMutationEverRunsOverGet() {
        String create = """
                mutation { createProduct(input: {slug: "%s", name: "Via GET"}) { product { id } userErrors { code } } }""";
        String mutationOnly = create.substring("mutation ".length());
        List<String> slugs = List.of("get-plain", "get-trailing-slash", "get-mixed", "get-encoded-twice", "get-named");
        List<Map.Entry<String, Map<String, String>>> requests = List.of(
                Map.entry("/graphql", Map.of("query", create.formatted(slugs.get(0)))),
                Map.entry("/graphql/", Map.of("query", create.formatted(slugs.get(1)))),
                // any mutation in the document refuses it, whatever operation would be picked
                Map.entry("/graphql", Map.of("query", "query Q " + COUNT + " mutation M " + mutationOnly.formatted(slugs.get(2)))),
                // SmallRye URL-decodes the parameter a second time: %6D becomes "m"
                Map.entry("/graphql", Map.of("query", "%6D" + create.formatted(slugs.get(3)).substring(1))),
                Map.entry("/graphql", Map.of("query", "mutation M " + mutationOnly.formatted(slugs.get(4)), "operationName", "M")));
        // operationName over GET is refused (400) before the document is looked at
        List<Integer> statuses = List.of(405, 405, 405, 405, 400);
        for (int i = 0; i < requests.size(); i++) {
            Response response = ADMIN.request().accept(JSON).queryParams(requests.get(i).getValue()).get(requests.get(i).getKey());
            assertThat(response.statusCode()).as(slugs.get(i)).isEqualTo(statuses.get(i));
            assertThat(response.contentType()).as(slugs.get(i)).isEqualTo(JSON + "; charset=utf-8");
            assertThat(response.jsonPath().getString("errors[0].message")).as(slugs.get(i)).isNotBlank();
            assertThat(response.jsonPath().getString("data")).as(slugs.get(i)).isNull();
        }
        Response plain = ADMIN.request().accept(GRAPHQL_RESPONSE).queryParams(requests.get(0).getValue()).get("/graphql");
        assertThat(plain.statusCode()).isEqualTo(405);
        assertThat(plain.header("Allow")).isEqualTo("POST");
        assertThat(plain.jsonPath().getString("errors[0].message")).isEqualTo("Mutations are only accepted with POST; nothing was executed.");

        assertThat(slugs).noneMatch(GraphQLOverHttpQuarkusTest::productExists);
        // the same mutation over POST does run, so the refusals above were about the method
        JsonPath created = graphql(create.formatted("get-control"));
        assertThat(created.getList("data.createProduct.userErrors")).isEmpty();
        assertThat(productExists("get-control")).isTrue();
    }

    @Test
    void aMutationCannotHideFromGet() {
        String mutation = """
                mutation M { createProduct(input: {slug: "%s", name: "Hidden"}) { product { id } } }""";
        String query = "query Q " + COUNT;
        // the query named in operationName, the mutation beside it: refused (operationName), nothing runs
        Response named = ADMIN.request().accept(JSON)
                .queryParams(Map.of("query", query + " " + mutation.formatted("get-hidden-named"), "operationName", "Q")).get("/graphql");
        assertThat(named.statusCode()).isEqualTo(400);
        // the mutation first, no operationName
        Response first = ADMIN.request().accept(JSON)
                .queryParam("query", mutation.formatted("get-hidden-first") + " " + query).get("/graphql");
        assertThat(first.statusCode()).isEqualTo(405);
        // a subscription is refused like a mutation
        assertThat(ADMIN.request().accept(JSON).queryParam("query", "subscription S { viewer { name } }").get("/graphql").statusCode())
                .isEqualTo(405);
        // SmallRye reads a GET's document from the URL only: a body, application/graphql or JSON, is never executed
        Response graphqlBody = ADMIN.request().accept(JSON).contentType("application/graphql").queryParam("query", COUNT)
                .body(mutation.formatted("get-hidden-graphql-body").getBytes(StandardCharsets.UTF_8)).get("/graphql");
        assertThat(graphqlBody.statusCode()).isEqualTo(200);
        assertThat(graphqlBody.jsonPath().getInt("data.products.totalCount")).isNotNegative();
        Response jsonBody = ADMIN.request().accept(JSON).contentType(JSON).queryParam("query", COUNT)
                .body(Map.of("query", mutation.formatted("get-hidden-json-body"))).get("/graphql");
        assertThat(jsonBody.statusCode()).isEqualTo(200);
        assertThat(ADMIN.request().accept(JSON).contentType("application/graphql")
                .body(mutation.formatted("get-hidden-body-only").getBytes(StandardCharsets.UTF_8)).get("/graphql").statusCode())
                .isEqualTo(400);
        assertThat(List.of("get-hidden-named", "get-hidden-first", "get-hidden-graphql-body", "get-hidden-json-body",
                "get-hidden-body-only")).noneMatch(GraphQLOverHttpQuarkusTest::productExists);
        // the same document with application/graphql over POST does run
        Response posted = ADMIN.request().accept(JSON).contentType("application/graphql")
                .body(mutation.formatted("get-hidden-control").getBytes(StandardCharsets.UTF_8)).post("/graphql");
        assertThat(posted.jsonPath().getString("data.createProduct.product.id")).isNotNull();
        assertThat(productExists("get-hidden-control")).isTrue();
    }

    @Test
    void getRequestsSmallRyeCannotServeGetAClear400() {
        Map<String, Map<String, String>> cases = Map.of(
                "A GET request needs the GraphQL document in the query parameter \"query\".", Map.of(),
                "The parameter \"operationName\" is not supported with GET: leave it out (the document must then hold "
                        + "one operation) or send the request with POST.",
                Map.of("query", "query A " + COUNT, "operationName", "A"),
                "The parameter \"variables\" must be a URL-encoded JSON object.",
                Map.of("query", "query($n: Int) { products(first: $n) { totalCount } }", "variables", "{\"n\": "),
                "The query cannot be decoded: a literal % in a GET query is not supported, send the request with POST.",
                Map.of("query", "{ product(slug: \"100%\") { id } }"),
                "The query is not a valid GraphQL document: Invalid syntax with offending token '<EOF>' at line 1 column 14",
                Map.of("query", "{ products { "));
        cases.forEach((message, parameters) -> {
            Response response = ADMIN.request().accept(JSON).queryParams(parameters).get("/graphql");
            assertThat(response.statusCode()).as(message).isEqualTo(400);
            assertThat(response.contentType()).as(message).isEqualTo(JSON + "; charset=utf-8");
            assertThat(response.jsonPath().getString("errors[0].message")).isEqualTo(message);
            assertNoInternals(response.asString());
        });
    }

    @Test
    void onlyJsonBodiesAndKnownMethodsAreAccepted() throws IOException, InterruptedException {
        String mutation = "{\"query\": \"mutation { createProduct(input: {slug: \\\"form-post\\\", name: \\\"x\\\"}) { product { id } } }\"}";
        // The content types a cross-site HTML form or fetch() may send without a CORS preflight
        HttpClient client = HttpClient.newHttpClient();
        for (String contentType : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=b")) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/graphql"))
                    .header("Content-Type", contentType).header("Accept", JSON)
                    .header("Authorization", "Bearer " + TestTokens.token("admin.test", "admin"))
                    .POST(HttpRequest.BodyPublishers.ofString(mutation)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(contentType).isEqualTo(415);
            assertThat(JsonPath.from(response.body()).getString("errors[0].message"))
                    .isEqualTo("Send the request as JSON with the header Content-Type: application/json.");
        }
        assertThat(ADMIN.request().accept(JSON).body(mutation.getBytes(StandardCharsets.UTF_8)).post("/graphql").statusCode())
                .as("no Content-Type").isEqualTo(415);
        assertThat(productExists("form-post")).isFalse();

        assertThat(ADMIN.request().contentType("application/graphql").accept(JSON).body(COUNT.getBytes(StandardCharsets.UTF_8))
                .post("/graphql").jsonPath().getInt("data.products.totalCount")).isNotNegative();

        for (String method : List.of("PUT", "DELETE", "PATCH", "HEAD")) {
            Response response = ADMIN.request().accept(JSON).queryParam("query", COUNT).request(method, "/graphql");
            assertThat(response.statusCode()).as(method).isEqualTo(405);
            assertThat(response.header("Allow")).as(method).isEqualTo("GET, POST, OPTIONS");
        }
        Response options = ADMIN.request().options("/graphql");
        assertThat(options.statusCode()).isEqualTo(200);
        assertThat(options.header("Allow")).isEqualTo("GET, POST, OPTIONS");
    }

    @Test
    void malformedRequestsGetAClearErrorWithoutInternals() {
        // Not a well-formed GraphQL-over-HTTP request: 400 whatever the Accept header (SmallRye would answer 200, or
        // ignore a wrong "extensions"); the guard answers these before SmallRye.
        for (String accept : List.of(JSON, GRAPHQL_RESPONSE)) {
            assertRequestError(post(accept).body("{\"query\": "), 400, "The request body is not valid JSON.");
            assertRequestError(post(accept).body("{\"variables\": {}}"), 400,
                    "\"query\" must be a string holding the GraphQL document.");
            assertRequestError(post(accept).body("[{\"query\": \"" + COUNT + "\"}]"), 400, "The request body must be a JSON object.");
            assertRequestError(post(accept).body("{\"query\": \"" + COUNT + "\", \"extensions\": \"x\"}"), 400,
                    "\"extensions\" must be a JSON object.");
            assertRequestError(post(accept).body("{\"query\": \"" + COUNT + "\", \"extensions\": [1]}"), 400,
                    "\"extensions\" must be a JSON object.");
        }
        assertRequestError(post(JSON).body(""), 400,
                "The request body is empty: send a JSON object with the GraphQL document in \"query\".");
        assertRequestError(post(GRAPHQL_RESPONSE).body("{\"query\": \"" + COUNT + "\", \"variables\": [7]}"), 400,
                "\"variables\" must be a JSON object.");
        assertRequestError(post(JSON).body("{\"query\": \"" + COUNT + "\", \"operationName\": 5}"), 400,
                "\"operationName\" must be a string.");
    }

    @Test
    void aDocumentThatFailsIsARequestError400WithGraphQLResponseJsonAnd200WithJson() {
        // Well-formed requests whose document fails: no data. The spec wants 4xx for application/graphql-response+json
        // and 200 for application/json (clients of the older media type read errors from the body).
        for (String accept : List.of(JSON, GRAPHQL_RESPONSE)) {
            int status = accept.equals(JSON) ? 200 : 400;
            assertRequestError(post(accept).body(Map.of("query", "{ products { ")), status, "Unparseable input document");
            JsonPath unknownField = assertRequestError(post(accept).body(Map.of("query", "{ products { nope } }")), status,
                    "Validation error (FieldUndefined@[products/nope]) : Field 'nope' in type 'ProductConnection' is undefined");
            assertThat(unknownField.getString("errors[0].extensions.classification")).isEqualTo("ValidationError");
            assertRequestError(post(accept).body(Map.of("query", "query A " + COUNT, "operationName", "B")), status,
                    "Unknown operation named 'B'.");
            assertRequestError(post(accept).body(Map.of("query", BY_SLUG, "variables", Map.of("slug", List.of(1)))), status,
                    "Variable 'slug' has an invalid value: Expected a String input, but it was a 'list'");
        }
        // No Accept header: the response is application/graphql-response+json, so 400
        Response noAccept = ADMIN.request().contentType(JSON).body(Map.of("query", "{ nope }")).post("/graphql");
        assertThat(noAccept.statusCode()).isEqualTo(400);
        assertThat(noAccept.contentType()).startsWith(GRAPHQL_RESPONSE);
        // A document that runs, even with a field error, is 200 with both media types
        assertThat(post(GRAPHQL_RESPONSE).body(Map.of("query", "{ featureCard(slug: \"x\", id: \"y\") { id } }"))
                .post("/graphql").statusCode()).isEqualTo(200);
    }

    @Test
    void aVariableOfTheWrongTypeRunsNothing() {
        String create = """
                mutation($name: String!) {
                  createProduct(input: {slug: "wrong-variable", name: $name}) { product { id } userErrors { code } }
                }""";
        // graphql-java names the Java type of the JSON value ('HashMap'); the portal says its JSON kind
        JsonPath refused = assertRequestError(post(JSON).body(Map.of("query", create, "variables", Map.of("name", Map.of("x", 1)))),
                200, "Variable 'name' has an invalid value: Expected a String input, but it was an 'object'");
        assertThat(refused.getString("errors[0].extensions.classification")).isEqualTo("ValidationError");
        assertRequestError(post(JSON).body(Map.of("query", create)), 200,
                "Variable 'name' has an invalid value: Variable 'name' has coerced Null value for NonNull type 'String!'");
        assertThat(productExists("wrong-variable")).isFalse();

        // SmallRye's number scalars accept strings while variables are coerced, so a wrong number fails later, when
        // SmallRye converts the arguments: the resolver is not called, data is null, and SmallRye's message names the
        // Java input class (smallrye/smallrye-graphql#2322); the portal leaves its package out, and the simple name
        // is the GraphQL input type.
        JsonPath created = graphql("""
                mutation { createProduct(input: {slug: "wrong-number", name: "Wrong number"}) { product { id version } } }""");
        String id = created.getString("data.createProduct.product.id");
        Response wrongNumber = post(JSON).body(Map.of("query", """
                mutation($version: Int!) { deleteProduct(input: {id: "%s", version: $version}) { deletedId } }""".formatted(id),
                "variables", Map.of("version", "abc"))).post("/graphql");
        assertThat(wrongNumber.statusCode()).isEqualTo(200);
        assertThat(wrongNumber.jsonPath().getString("data")).isNull();
        assertThat(wrongNumber.jsonPath().getString("errors[0].extensions.classification")).isEqualTo("ValidationError");
        assertThat(wrongNumber.jsonPath().getString("errors[0].message"))
                .contains("argument 'input'", "Unknown Scalar Type [DeleteInput]");
        assertNoInternals(wrongNumber.asString());
        assertThat(productExists("wrong-number")).isTrue();
    }

    @Test
    void bodiesOverTheLimitAreRefusedBeforeTheyAreRead() throws IOException {
        String padding = "a".repeat(900 * 1024);
        Response justUnder = post(JSON).body(Map.of("query", COUNT, "extensions", Map.of("padding", padding))).post("/graphql");
        assertThat(justUnder.statusCode()).isEqualTo(200);

        // Sent by hand: the server answers and closes as soon as it has read the headers, which HTTP clients
        // still busy writing the body report as a broken pipe.
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + TestTokens.token("admin.test", "admin") + "\r\n"
                    + "Accept: application/json\r\nContent-Length: " + (2 * 1024 * 1024) + "\r\n\r\n{\"query\": \"")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(40), StandardCharsets.US_ASCII).lines().findFirst().orElse("");
            assertThat(statusLine).startsWith("HTTP/1.1 413");
        }
    }

    private static JsonPath assertRequestError(RequestSpecification request, int status, String message) {
        Response response = request.post("/graphql");
        String body = response.asString();
        assertThat(response.statusCode()).as(body).isEqualTo(status);
        JsonPath json = response.jsonPath();
        assertThat(json.getString("errors[0].message")).as(body).isEqualTo(message);
        assertThat(json.getString("data")).as(body).isNull();
        assertNoInternals(body);
        return json;
    }
}
