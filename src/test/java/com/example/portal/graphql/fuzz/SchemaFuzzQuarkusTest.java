package com.example.portal.graphql.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import com.example.portal.GraphQLClient;
import com.example.portal.NoInternals;
import com.example.portal.ProbingClientProfile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Property-based fuzz of every query and mutation that takes arguments, generated from the live schema: values valid
 * by type and hostile by content ({@link HostileValues}), as variables or inline, as an admin (who may do everything).
 * For every answer: no server fault (5xx, "System error", INTERNAL_ERROR), no stack trace, class name or SQL, every
 * error with a code, every user error naming a field of the input; and a refused mutation stores nothing (the
 * {@link DatabaseFingerprint} before and after are equal).
 * <p>
 * Seeded and bounded: {@code -Dfuzz.seed=} (default below) and {@code -Dfuzz.tries=} per operation. A failure names
 * the seed, operation and try, so it can be replayed. It runs on a database of its own ({@link ProbingClientProfile}),
 * as the mutations that are accepted store odd but valid content that other tests should not see.
 */
@QuarkusTest
@TestProfile(ProbingClientProfile.class)
class SchemaFuzzQuarkusTest {

    static final long SEED = Long.getLong("fuzz.seed", 20261205L);
    static final int TRIES = Integer.getInteger("fuzz.tries", 12);
    private static final int SHOWN_FAILURES = 25;
    /** Every failure of the last run, where the assertion shows the first few. */
    private static final Path FAILURES = Path.of("target/schema-fuzz/failures.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    @Test
    void everyOperationAnswersHostileInputCleanlyAndStoresNothingItRefuses() throws Exception {
        String schema = GraphQLClient.ADMIN.request().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        List<FuzzTarget> targets = FuzzTarget.of(schema);
        List<FuzzTarget.Known> known = knownObjects();
        DatabaseFingerprint fingerprint = new DatabaseFingerprint(dataSource);
        List<String> failures = new ArrayList<>();
        int requests = 0;
        // Queries come first (FuzzTarget.of), and only mutations write (the tables the background writes to are
        // left out of the fingerprint), so each mutation's "after" is the next one's "before".
        String before = null;
        long started = System.nanoTime();
        for (FuzzTarget target : targets) {
            Random random = new Random(SEED ^ target.name().hashCode());
            HostileValues values = new HostileValues(random, known);
            for (int attempt = 0; attempt < TRIES; attempt++) {
                values.hostility(new double[] {0.1, 0.3, 0.6, 1.0}[attempt % 4]);
                FuzzTarget.Request request = target.request(values, attempt % 3 == 2);
                String accept = random.nextBoolean() ? "application/json" : "application/graphql-response+json";
                if (target.isMutation() && before == null) {
                    before = fingerprint.take();
                }
                Response response = GraphQLClient.ADMIN.request().contentType("application/json; charset=utf-8")
                        .accept(accept).body(request.body().getBytes(StandardCharsets.UTF_8)).post("/graphql");
                requests++;
                List<String> problems = problems(target, response);
                if (target.isMutation()) {
                    String after = fingerprint.take();
                    if (refused(target, response) && !before.equals(after)) {
                        problems.add("the mutation was refused but the database changed");
                    }
                    before = after;
                }
                if (!problems.isEmpty()) {
                    failures.add("seed " + SEED + ", " + target.name() + " try " + attempt + ", Accept " + accept
                            + ": " + problems + "\n  request: " + request.description() + "\n  answer "
                            + response.statusCode() + ": " + abbreviated(response.asString()));
                }
            }
        }
        System.out.printf("Schema fuzz: seed %d, %d operations, %d requests in %d ms, %d failures%n", SEED,
                targets.size(), requests, (System.nanoTime() - started) / 1_000_000, failures.size());
        Files.createDirectories(FAILURES.getParent());
        Files.write(FAILURES, failures);
        assertThat(targets).extracting(FuzzTarget::name).contains("createFeatureCard", "updateSegment", "pitch", "search");
        assertThat(failures).withFailMessage("%d of %d fuzzed requests were not answered cleanly (first %d; all in %s):%n%s",
                failures.size(), requests, SHOWN_FAILURES, FAILURES,
                String.join("\n", failures.subList(0, Math.min(SHOWN_FAILURES, failures.size())))).isEmpty();
    }

    private static List<String> problems(FuzzTarget target, Response response) {
        List<String> problems = new ArrayList<>();
        int status = response.statusCode();
        if (status == 413) {
            return problems; // the generated body was over 1 MB: refused before anything ran
        }
        if (status != 200 && status != 400) {
            problems.add("status " + status);
        }
        String body = response.asString();
        try {
            NoInternals.assertNoInternals(body);
        } catch (AssertionError e) {
            problems.add("internals in the answer: " + abbreviated(e.getMessage()));
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (Exception e) {
            problems.add("not JSON");
            return problems;
        }
        for (JsonNode error : answer.path("errors")) {
            String code = error.path("extensions").path("code").asText(error.path("extensions").path("classification").asText());
            if (code.isBlank()) {
                problems.add("an error without a code: " + abbreviated(error.toString()));
            }
            if (code.equals("INTERNAL_ERROR") || error.path("message").asText().contains("System error")) {
                problems.add("a server fault: " + abbreviated(error.toString()));
            }
        }
        for (JsonNode userError : answer.path("data").path(target.name()).path("userErrors")) {
            JsonNode field = userError.path("field");
            boolean namesAnArgument = field.isArray() && !field.isEmpty()
                    && target.field().getArgument(field.get(0).asText()) != null;
            if (!namesAnArgument || userError.path("message").asText().isBlank() || userError.path("code").asText().isBlank()) {
                problems.add("a user error that does not name an argument's field, say why and give a code: " + userError);
            }
        }
        return problems;
    }

    /** A mutation answered with user errors, or with errors and no payload. */
    private static boolean refused(FuzzTarget target, Response response) {
        try {
            JsonNode answer = JSON.readTree(response.asString());
            JsonNode payload = answer.path("data").path(target.name());
            return !payload.path("userErrors").isEmpty() || (answer.path("errors").size() > 0 && payload.isMissingNode() || payload.isNull());
        } catch (Exception e) {
            return true;
        }
    }

    private static List<FuzzTarget.Known> knownObjects() {
        List<FuzzTarget.Known> known = new ArrayList<>();
        for (String list : List.of("products", "featureCards", "segments", "glossaryTerms", "allEvidence", "releaseNotes")) {
            var page = GraphQLClient.ADMIN.run("query { " + list + "(first: 5) { edges { node { id slug } } } }");
            List<Map<String, String>> nodes = page.getList("data." + list + ".edges.node");
            nodes.forEach(node -> known.add(new FuzzTarget.Known(node.get("id"), node.get("slug"))));
        }
        assertThat(known).as("the sample content's objects").hasSizeGreaterThan(10);
        return known;
    }

    private static String abbreviated(String text) {
        return text == null || text.length() <= 1500 ? text : text.substring(0, 1500) + "…";
    }
}
