package com.example.portal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The graphql-http package's GraphQL-over-HTTP server audits (src/main/webui/audit/graphql-http-audit.mjs) against the
 * test server ({@link ProbingClientProfile}: with introspection, which the audits' requests use), with an admin's token: no MUST audit fails, and the SHOULD audits that warn are exactly those
 * docs/api.md ("GraphQL over HTTP", "The graphql-http audit") argues for.
 */
@QuarkusTest
@TestProfile(ProbingClientProfile.class)
class GraphQLHttpAuditTest {

    static final Path WEBUI = Path.of("src/main/webui");

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
        assertThat(WEBUI.resolve("node_modules/graphql-http")).withFailMessage(
                "graphql-http is not installed in src/main/webui/node_modules: the build's Quinoa step runs npm ci there")
                .exists();
        ProcessBuilder builder = new ProcessBuilder("node", "audit/graphql-http-audit.mjs").directory(WEBUI.toFile());
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

    private static JsonNode read(ObjectMapper json, String line) {
        try {
            return json.readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException("Not a result line of the audit: " + line, e);
        }
    }
}
