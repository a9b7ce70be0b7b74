package com.example.portal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.example.portal.ProbingClientProfile;
import com.example.portal.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The graphql-http package's GraphQL-over-HTTP server audits (src/test/graphql-http-audit/audit.mjs) against the
 * test server ({@link ProbingClientProfile}: with introspection, which the audits' requests use), with an admin's token: no MUST audit fails, and the SHOULD audits that warn are exactly those
 * docs/api.md ("GraphQL over HTTP", "The graphql-http audit") argues for.
 */
@QuarkusTest
@TestProfile(ProbingClientProfile.class)
class GraphQLHttpAuditQuarkusTest {

    /** The audit script and its package (graphql-http, pinned in its package-lock.json). */
    static final Path SOURCES = Path.of("src/test/graphql-http-audit");
    /** Where it is installed and run, out of the source tree. */
    static final Path WORK = Path.of("target/graphql-http-audit");

    /**
     * The warnings docs/api.md argues for: without an {@code Accept} header, or with {@code *}{@code /*}, the portal
     * answers {@code application/graphql-response+json}, which the current draft allows; the audits still expect
     * application/json, as the draft did before its 2025 watershed.
     */
    static final List<String> ARGUED_WARNINGS = List.of(
            "47DE SHOULD accept */* and use application/json for the content-type",
            "80D8 SHOULD assume application/json content-type when accept is missing");

    @TestHTTPResource("/graphql")
    URL graphql;

    @Test
    void noMustFailsAndOnlyTheArguedShouldsWarn() throws IOException, InterruptedException {
        install();
        ProcessBuilder builder = new ProcessBuilder("node", "audit.mjs").directory(WORK.toFile());
        builder.environment().put("GRAPHQL_URL", graphql.toString());
        builder.environment().put("TOKEN", TestTokens.token("audit.admin", "admin"));
        Path errors = Files.createTempFile("graphql-http-audit", ".log");
        builder.redirectError(errors.toFile());
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the audit finished").isTrue();
        assertThat(process.exitValue()).withFailMessage("The audit script failed:%n%s", Files.readString(errors)).isZero();

        ObjectMapper json = new ObjectMapper();
        List<JsonNode> results = output.lines().map(line -> read(json, line)).toList();
        results.stream().filter(result -> !result.path("status").asText().equals("ok"))
                .forEach(result -> System.out.println("graphql-http audit: " + result));
        assertThat(results).as("audits run").hasSizeGreaterThan(30);
        assertThat(results).filteredOn(result -> result.path("status").asText().equals("error"))
                .as("MUST audits that fail").isEmpty();
        assertThat(results).filteredOn(result -> result.path("status").asText().equals("warn"))
                .extracting(result -> result.path("id").asText() + " " + result.path("name").asText())
                .as("SHOULD audits that warn").containsExactlyInAnyOrderElementsOf(ARGUED_WARNINGS);
    }

    /** Copies the script and its package to target/ and installs it there (npm ci) when new or its lock file changed. */
    private static void install() throws IOException, InterruptedException {
        Files.createDirectories(WORK);
        Path lock = WORK.resolve("package-lock.json");
        boolean installed = Files.exists(WORK.resolve("node_modules/graphql-http/package.json")) && Files.exists(lock)
                && Files.mismatch(lock, SOURCES.resolve("package-lock.json")) == -1;
        for (String file : List.of("package.json", "package-lock.json", "audit.mjs")) {
            Files.copy(SOURCES.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (installed) {
            return;
        }
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(WORK.toFile())
                .redirectErrorStream(true).start();
        String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(npm.waitFor(5, TimeUnit.MINUTES) && npm.exitValue() == 0)
                .withFailMessage("npm ci in %s failed (Node.js 20+ with npm and the npm registry are needed):%n%s", WORK, output)
                .isTrue();
    }

    private static JsonNode read(ObjectMapper json, String line) {
        try {
            return json.readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException("Not a result line of the audit: " + line, e);
        }
    }
}
