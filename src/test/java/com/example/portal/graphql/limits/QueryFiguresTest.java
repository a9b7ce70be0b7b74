package com.example.portal.graphql.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.CoercedVariables;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.introspection.IntrospectionQuery;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;

/**
 * {@link QueryFigures} counts depth and complexity as graphql-java's MaxQueryDepthInstrumentation and
 * MaxQueryComplexityInstrumentation (what SmallRye's instrumentation-query-depth/-complexity install) do, on the
 * schema of schema.graphql, except that a fragment counts each time it is spread; and
 * {@link QueryLimitsInstrumentation} refuses with coded errors and lets introspection through.
 */
class QueryFiguresTest {

    private static GraphQLSchema schema;

    @BeforeAll
    static void schema() throws IOException {
        schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(
                new SchemaParser().parse(Files.readString(Path.of("schema.graphql"), StandardCharsets.UTF_8)));
    }

    /** What graphql-java's instrumentations measure, captured with a maximum of 0; nothing executes. */
    private static int[] graphqlJava(String document, Map<String, Object> variables) {
        AtomicInteger depth = new AtomicInteger(-1);
        AtomicInteger complexity = new AtomicInteger(-1);
        GraphQL graphQL = GraphQL.newGraphQL(schema).instrumentation(new ChainedInstrumentation(List.of(
                new MaxQueryDepthInstrumentation(0, info -> {
                    depth.set(info.getDepth());
                    return false;
                }),
                new MaxQueryComplexityInstrumentation(0, info -> {
                    complexity.set(info.getComplexity());
                    return false;
                }),
                new SimplePerformantInstrumentation() {
                    @Override
                    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                        throw new AbortExecutionException("measured");
                    }
                }))).build();
        ExecutionResult result = graphQL.execute(ExecutionInput.newExecutionInput(document).variables(variables).build());
        assertThat(result.getErrors()).extracting(error -> error.getMessage()).containsExactly("measured");
        return new int[] {depth.get(), complexity.get()};
    }

    private static QueryFigures ours(String document) {
        return QueryFigures.of(Parser.parse(document), null, CoercedVariables.emptyVariables());
    }

    private static boolean spreadsAFragmentTwice(String document) {
        java.util.regex.Matcher spread = java.util.regex.Pattern.compile("\\.\\.\\.\\s*([_A-Za-z]\\w*)").matcher(document);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (spread.find()) {
            if (!spread.group(1).equals("on") && !seen.add(spread.group(1))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void depthAndComplexityAreGraphQLJavasOnTheFrontendsDocuments() {
        for (RealQueries.Source document : RealQueries.frontend()) {
            int[] graphqlJava = graphqlJava(document.document(), RealQueries.FRONTEND_VARIABLES.get(RealQueries.operationName(document)));
            QueryFigures figures = ours(document.document());
            assertThat(figures.depth()).as(document.where()).isEqualTo(graphqlJava[0]);
            if (spreadsAFragmentTwice(document.document())) {
                assertThat(figures.complexity()).as(document.where()).isGreaterThan(graphqlJava[1]);
            } else {
                assertThat(figures.complexity()).as(document.where()).isEqualTo(graphqlJava[1]);
            }
        }
        assertThat(RealQueries.frontend()).as("the card page spreads its fragments twice")
                .anyMatch(document -> spreadsAFragmentTwice(document.document()));
    }

    @Test
    void fragmentsCountWhereTheyAreSpreadAndTypenameIsFree() {
        String query = """
                query($skip: Boolean!) {
                  viewer { ...V me: name __typename }
                  again: viewer { ...V }
                  skipped: viewer @skip(if: $skip) { name }
                }
                fragment V on Viewer { a: name b: roles readsUnpublished }""";
        Map<String, Object> variables = new HashMap<>(Map.of("skip", true));
        QueryFigures figures = QueryFigures.of(Parser.parse(query), null, CoercedVariables.of(variables));
        // viewer, me, a, b, readsUnpublished; again, a, b, readsUnpublished. Aliases: me, a, b, again, a, b.
        assertThat(figures).isEqualTo(new QueryFigures(2, 9, 6));
        // graphql-java visits the fragment's fields once: the second spread is free there
        assertThat(graphqlJava(query, variables)).containsExactly(2, 6);
    }

    @Test
    void theInstrumentationRefusesWithCodesAndLetsIntrospectionThrough() {
        QueryLimits tight = new QueryLimits() {
            public int depth() {
                return 2;
            }

            public int complexity() {
                return 5;
            }

            public int aliases() {
                return 1;
            }

            public int tokens() {
                return 1000;
            }

            public int whitespaceTokens() {
                return 1000;
            }
        };
        GraphQL graphQL = GraphQL.newGraphQL(schema).instrumentation(new QueryLimitsInstrumentation(tight)).build();
        ExecutionResult refused = graphQL.execute("{ a: featureCard(slug: \"x\") { b: product { name slug id description } } }");
        assertThat(refused.isDataPresent()).isFalse();
        assertThat(refused.getErrors()).extracting(error -> error.getExtensions().get("code"))
                .containsExactly("QUERY_TOO_DEEP", "QUERY_TOO_COMPLEX", "TOO_MANY_ALIASES");
        assertThat(refused.getErrors().get(0).getExtensions()).containsEntry("value", 3).containsEntry("maximum", 2);

        assertThat(ours(IntrospectionQuery.INTROSPECTION_QUERY).depth()).isGreaterThan(tight.depth());
        ExecutionResult introspection = graphQL.execute(IntrospectionQuery.INTROSPECTION_QUERY);
        assertThat(introspection.getErrors()).isEmpty();
    }
}
