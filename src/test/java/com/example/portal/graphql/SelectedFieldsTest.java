package com.example.portal.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/** What SelectedFields reads from a document, executed by graphql-java on a schema shaped like search's. */
class SelectedFieldsTest {

    private static final String SCHEMA = """
            type Query { search(query: String): Connection }
            type Connection { totalCount: Int facets(first: Int): Facets edges: [Edge] }
            type Facets { tag: [String] }
            type Edge { node: Hit }
            type Hit { slug: String textMatches: [String] }
            """;

    private final AtomicReference<SelectedFields> seen = new AtomicReference<>();
    private final GraphQL graphql = GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA),
            RuntimeWiring.newRuntimeWiring().type("Query", type -> type.dataFetcher("search", this::capture)).build())).build();

    private Object capture(DataFetchingEnvironment environment) {
        seen.set(SelectedFields.of(environment));
        return null;
    }

    private SelectedFields selected(String document, Map<String, Object> variables) {
        var result = graphql.execute(ExecutionInput.newExecutionInput(document).variables(variables).build());
        assertThat(result.getErrors()).isEmpty();
        return seen.get();
    }

    @Test
    void fieldsAtAPathThroughAliasesAndFragments() {
        SelectedFields plain = selected("{ search { totalCount edges { node { slug textMatches } } } }", Map.of());
        assertThat(plain.contains("edges", "node", "textMatches")).isTrue();
        assertThat(plain.contains("totalCount")).isTrue();
        assertThat(plain.contains("facets")).isFalse();
        assertThat(plain.contains("edges", "textMatches")).as("only at its own path").isFalse();

        SelectedFields fragments = selected("""
                { search { ...Page } }
                fragment Page on Connection { hits: edges { ... on Edge { node { ...Matches } } } }
                fragment Matches on Hit { textMatches }""", Map.of());
        assertThat(fragments.contains("edges", "node", "textMatches")).isTrue();
        assertThat(fragments.contains("totalCount")).isFalse();
    }

    @Test
    void skipAndIncludeLeaveFieldsOut() {
        String document = """
                query($hide: Boolean!, $show: Boolean!) {
                  search { totalCount @skip(if: $hide) facets @include(if: $show) { tag }
                           edges { node { textMatches @skip(if: true) } ... @include(if: false) { node { slug } } } }
                }""";
        SelectedFields hidden = selected(document, Map.of("hide", true, "show", false));
        assertThat(hidden.contains("totalCount")).isFalse();
        assertThat(hidden.contains("facets")).isFalse();
        assertThat(hidden.contains("edges", "node", "textMatches")).isFalse();
        assertThat(hidden.contains("edges", "node", "slug")).isFalse();
        SelectedFields shown = selected(document, Map.of("hide", false, "show", true));
        assertThat(shown.contains("totalCount")).isTrue();
        assertThat(shown.contains("facets")).isTrue();
    }

    @Test
    void argumentsFromTheDocumentOrItsVariables() {
        SelectedFields twice = selected("query($n: Int) { search { a: facets(first: 3) { tag } b: facets(first: $n) { tag } c: facets { tag } } }",
                Map.of("n", 7));
        List<Object> firsts = twice.at("facets").stream().map(field -> twice.argument(field, "first")).toList();
        assertThat(firsts).hasSize(3);
        assertThat(((Number) firsts.get(0)).intValue()).isEqualTo(3);
        assertThat(firsts.get(1)).isEqualTo(7);
        assertThat(firsts.get(2)).as("not given").isNull();
    }
}
