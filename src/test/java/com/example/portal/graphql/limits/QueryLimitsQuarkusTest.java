package com.example.portal.graphql.limits;

import static com.example.portal.GraphQLClient.ADMIN;
import static com.example.portal.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.example.portal.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Each limit of README "Limits" through HTTP: an operation exactly at the limit runs, one over it gets an error
 * naming the limit, its value and the maximum, with a stable {@code extensions.code} and no data, and nothing is
 * executed. The limits come from the configuration, so the test follows them when they change.
 */
@QuarkusTest
class QueryLimitsQuarkusTest {

    @Inject
    QueryLimits limits;

    /** {@code featureCard(slug: "none") { evidence { card { evidence { ... { id } } } } } }, depth levels deep. */
    private static String nested(int depth) {
        StringBuilder open = new StringBuilder("{ featureCard(slug: \"none\") { ");
        StringBuilder close = new StringBuilder(" } }");
        for (int level = 2; level < depth; level++) {
            open.append(level % 2 == 0 ? "evidence { " : "card { ");
            close.append(" }");
        }
        return open + "id" + close;
    }

    /** {@code viewer { name roles readsUnpublished }} repeated: complexity 4 each. */
    private static String viewers(int count) {
        return "{ " + "viewer { name roles readsUnpublished } ".repeat(count) + "}";
    }

    /** {@code v1: viewer { name } v2: viewer { name } ...}. */
    private static String aliased(int count) {
        StringBuilder query = new StringBuilder("{ ");
        for (int i = 1; i <= count; i++) {
            query.append('v').append(i).append(": viewer { name } ");
        }
        return query.append('}').toString();
    }

    /** {@code { viewer { __typename __typename ... } }}: depth 2, complexity 1, 5 + typenames tokens. */
    private static String tokens(int tokens) {
        return "{ viewer { " + "__typename ".repeat(tokens - 5) + "} }";
    }

    private static JsonPath assertRefused(Response response, int status, String code, String limit, int value, int maximum) {
        String body = response.asString();
        assertThat(response.statusCode()).as(body).isEqualTo(status);
        JsonPath json = response.jsonPath();
        assertThat(json.getString("data")).as(body).isNull();
        assertThat(json.getList("errors")).as(body).hasSize(1);
        assertThat(json.getString("errors[0].extensions.code")).as(body).isEqualTo(code);
        assertThat(json.getString("errors[0].extensions.limit")).as(body).isEqualTo(limit);
        assertThat(json.getInt("errors[0].extensions.value")).as(body).isEqualTo(value);
        assertThat(json.getInt("errors[0].extensions.maximum")).as(body).isEqualTo(maximum);
        assertThat(json.getString("errors[0].message")).as(body).contains(String.valueOf(value), String.valueOf(maximum));
        assertThat(body).doesNotContain("Exception", "graphql.", "java.");
        return json;
    }

    private static void assertRuns(String query) {
        JsonPath json = ADMIN.post(query).then().statusCode(200).extract().jsonPath();
        assertThat(json.getList("errors")).as(query).isNull();
        assertThat(json.getMap("data")).as(query).isNotNull();
    }

    @Test
    void depth() {
        assertRuns(nested(limits.depth()));
        assertRefused(ADMIN.post(nested(limits.depth() + 1)), 200, "QUERY_TOO_DEEP", "depth", limits.depth() + 1, limits.depth());
        JsonPath refused = ADMIN.post(nested(limits.depth() + 1)).jsonPath();
        assertThat(refused.getString("errors[0].message"))
                .isEqualTo("The query nests fields %d levels deep; at most %d levels are allowed.", limits.depth() + 1, limits.depth());
        assertThat(refused.getString("errors[0].extensions.classification")).isEqualTo("ExecutionAborted");
        assertThat(refused.getMap("")).containsOnlyKeys("errors");
    }

    @Test
    void complexity() {
        int count = limits.complexity() / 4;
        assertRuns(viewers(count));
        assertRefused(ADMIN.post(viewers(count + 1)), 200, "QUERY_TOO_COMPLEX", "complexity", 4 * (count + 1), limits.complexity());
        // a fragment counts each time it is spread
        String spread = "query { viewer { ...V } } fragment V on Viewer { " + "name ".repeat(limits.complexity()) + "}";
        assertRefused(ADMIN.post(spread), 200, "QUERY_TOO_COMPLEX", "complexity", limits.complexity() + 1, limits.complexity());
    }

    @Test
    void aliases() {
        assertRuns(aliased(limits.aliases()));
        assertRefused(ADMIN.post(aliased(limits.aliases() + 1)), 200, "TOO_MANY_ALIASES", "aliases", limits.aliases() + 1,
                limits.aliases());
        // aliases in a fragment count each time it is spread
        StringBuilder fragment = new StringBuilder("fragment F on Viewer { ");
        int half = limits.aliases() / 2 + 1;
        for (int i = 0; i < half; i++) {
            fragment.append('n').append(i).append(": name ");
        }
        assertRefused(ADMIN.post("{ viewer { ...F } me: viewer { ...F } } " + fragment + "}"), 200, "TOO_MANY_ALIASES",
                "aliases", 2 * half + 1, limits.aliases());
    }

    @Test
    void aRefusedMutationRunsNothing() {
        StringBuilder mutation = new StringBuilder("mutation { ");
        for (int i = 0; i <= limits.aliases(); i++) {
            mutation.append("p").append(i).append(": createProduct(input: {slug: \"limits-").append(i)
                    .append("\", name: \"Over the limit\"}) { product { id } } ");
        }
        assertRefused(ADMIN.post(mutation.append('}').toString()), 200, "TOO_MANY_ALIASES", "aliases", limits.aliases() + 1,
                limits.aliases());
        assertThat(graphql("{ product(slug: \"limits-0\") { id } }").getString("data.product")).isNull();
    }

    @Test
    void tokensInEveryKindOfRequest() {
        assertRuns(tokens(limits.tokens()));
        String over = tokens(limits.tokens() + 1);
        for (String accept : List.of("application/json", "application/graphql-response+json")) {
            assertRefused(ADMIN.request().contentType("application/json").accept(accept).body(Map.of("query", over))
                    .post("/graphql"), 400, "TOO_MANY_TOKENS", "tokens", limits.tokens() + 1, limits.tokens());
        }
        assertRefused(ADMIN.request().contentType("application/json").accept("application/json").body(Map.of("query", over))
                .post("/graphql/"), 400, "TOO_MANY_TOKENS", "tokens", limits.tokens() + 1, limits.tokens());
        assertRefused(ADMIN.request().contentType("application/graphql").accept("application/json")
                .body(over.getBytes(StandardCharsets.UTF_8)).post("/graphql"), 400, "TOO_MANY_TOKENS", "tokens",
                limits.tokens() + 1, limits.tokens());
        // GET: the request line is limited to 4096 characters, so the document is dense: "{a{a{a..."
        String dense = "{a".repeat(limits.tokens() / 2 + 1);
        assertRefused(ADMIN.request().accept("application/json").queryParam("query", dense).get("/graphql"), 400,
                "TOO_MANY_TOKENS", "tokens", 2 * (limits.tokens() / 2 + 1), limits.tokens());
    }

    @Test
    void whitespaceTokens() {
        String query = "{ viewer { name } }"; // 6 whitespace tokens
        assertRuns(query + " ".repeat(limits.whitespaceTokens() - 6));
        String over = query + "," .repeat(limits.whitespaceTokens() - 6) + "\n# a comment";
        assertRefused(ADMIN.post(over), 400, "TOO_MANY_TOKENS", "whitespaceTokens", limits.whitespaceTokens() + 1,
                limits.whitespaceTokens());
        // GET cannot get there: a request line is at most 4096 characters (414 before the guard sees it)
    }

    @Test
    void bodyOverTheLimitSentInChunksGets413() throws IOException {
        // Without Content-Length the server only learns the size while reading; the guard's body handler stops at
        // quarkus.http.limits.max-body-size (1M).
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + TestTokens.token("admin.test", "admin") + "\r\n"
                    + "Accept: application/json\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = ("10000\r\n" + " ".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            try {
                for (int i = 0; i < 20; i++) {
                    out.write(chunk);
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedWhileWriting) {
                // the server may answer and close before the whole body is sent
            }
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(40), StandardCharsets.US_ASCII).lines().findFirst().orElse("");
            assertThat(statusLine).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void theFrontendsDocumentsRunWithinTheLimits() throws InterruptedException {
        for (int i = 0; i < 600 && !graphql("{ searchIndexStatus { ready } }").getBoolean("data.searchIndexStatus.ready"); i++) {
            Thread.sleep(100);
        }
        List<RealQueries.Source> frontend = RealQueries.frontend();
        assertThat(frontend).extracting(RealQueries::operationName).as("every UI operation has variables in RealQueries")
                .containsExactlyInAnyOrderElementsOf(RealQueries.FRONTEND_VARIABLES.keySet());
        List<RealQueries.Source> queries = frontend.stream().filter(d -> !d.document().startsWith("subscription")).toList();
        assertThat(queries).as("a subscription is sent over a WebSocket (ReleaseNoteSubscriptionQuarkusTest), every other here")
                .hasSize(frontend.size() - 1);
        for (RealQueries.Source document : queries) {
            Response response = ADMIN.request().contentType("application/json").accept("application/json")
                    .body(Map.of("query", document.document(), "variables", RealQueries.FRONTEND_VARIABLES.get(RealQueries.operationName(document))))
                    .post("/graphql");
            assertThat(response.statusCode()).as(document.where()).isEqualTo(200);
            assertThat(response.jsonPath().getList("errors")).as(document.where() + ": " + response.asString()).isNull();
        }
        String slug = "call-tracking-employers";
        JsonPath card = graphql(frontend.stream().filter(d -> RealQueries.operationName(d).equals("CardPage")).findFirst()
                .orElseThrow().document(), "slug", slug);
        assertThat(card.getString("data.featureCard.slug")).isEqualTo(slug);
        assertThat(card.getList("data.featureCard.evidence")).isNotEmpty();
        assertThat(card.getList("data.featureCard.targetSegments")).isNotEmpty();
    }
}
