package com.example.portal.graphql.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.Test;

import com.example.portal.Operations;

import graphql.execution.CoercedVariables;
import graphql.introspection.IntrospectionQuery;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import graphql.validation.Validator;

/**
 * Measures every real GraphQL document (see {@link RealQueries}) against the committed schema.graphql, which
 * SchemaFileQuarkusTest keeps equal to the live schema, prints the largest figure of each limit with the operation that
 * has it, and fails when a real operation is over a limit of application.properties. The README's "Limits" table
 * comes from this output.
 */
class QueryLimitsMeasurementTest {

    record Measured(String where, String operation, DocumentTokens tokens, QueryFigures figures) {
        String name() {
            return where + (operation == null ? "" : " " + operation);
        }
    }

    private static final QueryLimits LIMITS = ApplicationConfig.limits("prod");

    @Test
    void everyRealOperationIsWithinTheLimits() throws IOException {
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(
                new SchemaParser().parse(Files.readString(Path.of("schema.graphql"), StandardCharsets.UTF_8)));
        List<RealQueries.Source> sources = new ArrayList<>(RealQueries.textBlocks());
        int textBlocks = sources.size();
        sources.addAll(RealQueries.testOperations());
        sources.addAll(RealQueries.frontend());

        List<Measured> measured = new ArrayList<>();
        List<String> notGraphQL = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (RealQueries.Source source : sources) {
            Document document;
            try {
                document = Parser.parse(source.document());
            } catch (InvalidSyntaxException e) {
                notGraphQL.add(source.where());
                continue;
            }
            List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
            if (operations.isEmpty()) {
                notGraphQL.add(source.where());
                continue;
            }
            List<ValidationError> errors = new Validator().validateDocument(schema, document, Locale.ENGLISH);
            if (!errors.isEmpty()) {
                invalid.add(source.where() + ": " + errors.get(0).getMessage());
                continue;
            }
            for (OperationDefinition operation : operations) {
                measured.add(new Measured(source.where(), operation.getName(), DocumentTokens.count(source.document()),
                        QueryFigures.of(document, operation.getName(), CoercedVariables.emptyVariables())));
            }
        }

        System.out.printf("%d text blocks in %s and %d operations of .graphql files (the tests' and the frontend's): %d operations measured, %d blocks not GraphQL, "
                + "%d invalid against the schema (tests that send invalid documents on purpose)%n", textBlocks,
                RealQueries.TEST_SOURCES, sources.size() - textBlocks, measured.size(), notGraphQL.size(), invalid.size());
        invalid.forEach(line -> System.out.println("  invalid: " + line));
        notGraphQL.forEach(line -> System.out.println("  not GraphQL: " + line));
        System.out.printf("%-18s %8s %8s  %s%n", "figure", "largest", "limit", "operation");
        report("depth", measured, m -> m.figures().depth(), LIMITS.depth());
        report("complexity", measured, m -> m.figures().complexity(), LIMITS.complexity());
        report("aliases", measured, m -> m.figures().aliases(), LIMITS.aliases());
        report("tokens", measured, m -> m.tokens().tokens(), LIMITS.tokens());
        report("whitespace tokens", measured, m -> m.tokens().whitespace(), LIMITS.whitespaceTokens());

        Document introspection = Parser.parse(IntrospectionQuery.INTROSPECTION_QUERY);
        QueryFigures introspectionFigures = QueryFigures.of(introspection, null, CoercedVariables.emptyVariables());
        System.out.printf("For comparison, graphql-java's introspection query (as GraphiQL sends in dev): %s, %s%n",
                introspectionFigures, DocumentTokens.count(IntrospectionQuery.INTROSPECTION_QUERY));

        assertThat(measured).as("operations measured").hasSizeGreaterThan(60);
        assertThat(RealQueries.frontend()).as("frontend operations").hasSizeGreaterThanOrEqualTo(13);
        assertThat(measured.stream().filter(m -> m.where().contains(".graphql#") && !m.where().startsWith(Operations.DIR)))
                .as("every frontend operation is valid").hasSize(RealQueries.frontend().size());
        assertThat(measured.stream().filter(m -> m.where().startsWith(Operations.DIR))).as("every shared test operation is valid")
                .hasSize(RealQueries.testOperations().size());
        List<String> over = new ArrayList<>();
        for (Measured m : measured) {
            LIMITS.check(m.figures()).forEach(exceeded -> over.add(m.name() + ": " + exceeded.message()));
            LIMITS.check(m.tokens()).forEach(exceeded -> over.add(m.name() + ": " + exceeded.message()));
        }
        assertThat(over).as("real operations over a limit: raise the limit (and the README table) or split the operation")
                .isEmpty();
    }

    private static void report(String figure, List<Measured> measured, ToIntFunction<Measured> value, int limit) {
        Measured largest = measured.stream().max(Comparator.comparingInt(value)).orElseThrow();
        System.out.printf("%-18s %8d %8d  %s%n", figure, value.applyAsInt(largest), limit, largest.name());
    }
}
