package com.example.portal.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.example.portal.GraphQLClient;

import graphql.language.AstPrinter;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Every GraphQL example in the README and docs/ runs as written, as a PM, on the sample content: no GraphQL errors and
 * no userErrors. A block may hold several operations; one with a placeholder ({@code …}) stands for a value the reader
 * fills in and is only parsed. A renamed field or a changed argument in the schema fails this test, not a reader.
 */
@QuarkusTest
class DocumentationExamplesQuarkusTest {

    private static final Pattern BLOCK = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);
    private static final GraphQLClient PM = GraphQLClient.as("pm.docs", "pm");

    @TestFactory
    Stream<DynamicTest> everyExampleRunsAsWritten() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path doc : documents()) {
            Matcher block = BLOCK.matcher(Files.readString(doc));
            while (block.find()) {
                for (OperationDefinition operation : Parser.parse(block.group(1)).getDefinitionsOfType(OperationDefinition.class)) {
                    String text = AstPrinter.printAst(operation);
                    String name = doc + ": " + text.replaceAll("\\s+", " ").substring(0, Math.min(70, text.replaceAll("\\s+", " ").length()));
                    tests.add(DynamicTest.dynamicTest(name, () -> runs(text)));
                }
            }
        }
        assertThat(tests).as("examples found in README.md and docs/").hasSizeGreaterThan(5);
        Set<String> termsBefore = glossarySlugs();
        tests.add(DynamicTest.dynamicTest("remove what the examples created", () -> removeWhatTheExamplesCreated(termsBefore)));
        return tests.stream();
    }

    private static void runs(String operation) {
        if (operation.contains("…")) {
            return; // parsed above; the placeholder is the reader's to fill in
        }
        JsonPath response = PM.run(operation);
        assertThat(response.getList("errors")).as("errors of %s", operation).isNull();
        assertThat(userErrors(response.getMap("data"))).as("userErrors of %s", operation).isEmpty();
    }

    /** Every non-empty userErrors list anywhere in the response's data. */
    private static List<Object> userErrors(Object node) {
        List<Object> found = new ArrayList<>();
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if ("userErrors".equals(key) && value instanceof Collection<?> errors) {
                    found.addAll(errors);
                } else {
                    found.addAll(userErrors(value));
                }
            });
        } else if (node instanceof Collection<?> list) {
            list.forEach(item -> found.addAll(userErrors(item)));
        }
        return found;
    }

    private static List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> files = Files.list(Path.of("docs"))) {
            files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    /** Slugs of every glossary term, so that the terms an example creates can be removed again. */
    private static Set<String> glossarySlugs() {
        return new HashSet<>(GraphQLClient.graphql("{ glossaryTerms(first: 100) { edges { node { slug } } } }")
                .getList("data.glossaryTerms.edges.node.slug"));
    }

    /**
     * Removes the glossary terms and the PM's saved profiles the examples created, so that other test classes see the
     * sample content. A last dynamic test rather than {@code @AfterAll}: the application still answers then.
     */
    private static void removeWhatTheExamplesCreated(Set<String> termsBefore) {
        for (String slug : glossarySlugs()) {
            if (!termsBefore.contains(slug)) {
                JsonPath term = GraphQLClient.graphql("query($slug: String) { glossaryTerm(slug: $slug) { id version } }", "slug", slug);
                JsonPath deleted = GraphQLClient.graphql("mutation($input: DeleteInput!) { deleteGlossaryTerm(input: $input) { userErrors { code } } }",
                        "input", Map.of("id", term.getString("data.glossaryTerm.id"), "version", term.getInt("data.glossaryTerm.version")));
                assertThat(deleted.getList("data.deleteGlossaryTerm.userErrors")).as("removing %s", slug).isEmpty();
            }
        }
        List<Map<String, Object>> profiles = PM.run("{ savedClientProfiles(first: 50) { edges { node { id version } } } }")
                .getList("data.savedClientProfiles.edges.node");
        for (Map<String, Object> profile : profiles) {
            PM.run("mutation($input: DeleteInput!) { deleteClientProfile(input: $input) { userErrors { code } } }",
                    "input", Map.of("id", profile.get("id"), "version", profile.get("version")));
        }
    }
}
