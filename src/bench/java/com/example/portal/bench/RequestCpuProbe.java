package com.example.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.example.portal.GraphQLClient;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A developer's tool, not a test (it runs only with {@code -Dprobe=true}): the portal's CPU time per request for the
 * web UI's own documents, on the sample content, in the test JVM. It sums the CPU time of the server's threads (Vert.x
 * event loops and the executor), so the client's work and other processes on a shared machine barely count; compare
 * it before and after a change, not across machines. Run with
 * {@code ./mvnw -B -ntp verify -Dtest=RequestCpuProbe -Dprobe=true -DskipITs -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "probe", matches = "true")
class RequestCpuProbe {

    private static final GraphQLClient SALES = GraphQLClient.as("sales.test", "sales");
    private static final int WARM_UP = 200;
    private static final int REQUESTS = 200;

    @Test
    void cpuTimePerRequest() throws Exception {
        String app = document("app.graphql");
        String search = document("pages/search.graphql");
        String card = document("pages/card.graphql");
        Map<String, Request> requests = new java.util.LinkedHashMap<>();
        requests.put("viewer (trivial)", new Request(app, "Viewer", Map.of()));
        requests.put("suggest", new Request(search, "SearchBox", Map.of("prefix", "зво")));
        requests.put("search page, 20 hits", new Request(search, "SearchPage", Map.of("query", "клиент", "first", 20)));
        requests.put("search, 20 hits, no highlights/facets",
                new Request(LEAN_SEARCH, null, Map.of("query", "клиент", "first", 20)));
        requests.put("card page", new Request(card, "CardPage", Map.of("slug", "call-tracking-employers")));
        for (int round = 0; round < 2; round++) {
            StringBuilder line = new StringBuilder("round " + round + ": server CPU ms per request:");
            for (var entry : requests.entrySet()) {
                Request r = entry.getValue();
                for (int i = 0; i < WARM_UP / (round + 1); i++) {
                    r.send();
                }
                long before = serverCpuNanos();
                for (int i = 0; i < REQUESTS; i++) {
                    r.send();
                }
                long spent = serverCpuNanos() - before;
                line.append(String.format(Locale.ROOT, " %s %.3f;", entry.getKey(), spent / 1e6 / REQUESTS));
            }
            System.out.println(line);
        }
    }

    private static final String LEAN_SEARCH = """
            query Lean($query: String!, $first: Int) {
              search(query: $query, first: $first) { edges { node { type slug node { ... on FeatureCard { title } } } } }
            }""";

    record Request(String document, String operation, Map<String, Object> variables) {
        void send() {
            Map<String, Object> body = new HashMap<>();
            body.put("query", document);
            body.put("variables", variables);
            if (operation != null) {
                body.put("operationName", operation);
            }
            String json = SALES.request().contentType(ContentType.JSON).accept(ContentType.JSON).body(body).when()
                    .post("/graphql").then().statusCode(200).extract().asString();
            assertThat(json).as(operation).doesNotContain("\"errors\"").contains("\"data\"");
        }
    }

    private static String document(String file) throws IOException {
        return Files.readString(Path.of("src/main/webui/src", file));
    }

    /** CPU time of the threads that serve requests: Vert.x event loops and workers, and the blocking executor. */
    private static long serverCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds())).filter(t -> t != null && serves(t))
                .mapToLong(t -> Math.max(0, threads.getThreadCpuTime(t.getThreadId()))).sum();
    }

    private static boolean serves(ThreadInfo thread) {
        String name = thread.getThreadName();
        return name.startsWith("executor-thread") || name.startsWith("vert.x-eventloop") || name.startsWith("vert.x-worker");
    }
}
