package com.example.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import graphql.validation.Validator;

/**
 * The tests' shared operations ({@link Operations}) are valid against the committed schema.graphql, which
 * SchemaFileQuarkusTest keeps equal to the live schema: a breaking schema change names the operation here.
 */
class OperationFilesTest {

    @Test
    void everySharedOperationIsValidAgainstTheSchema() throws IOException {
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(
                new SchemaParser().parse(Files.readString(Path.of("schema.graphql"), StandardCharsets.UTF_8)));
        Path root = Path.of(Operations.DIR);
        List<Operations.Operation> operations = Operations.parse(root, Operations.files(root));
        List<String> invalid = new ArrayList<>();
        for (Operations.Operation operation : operations) {
            List<ValidationError> errors = new Validator().validateDocument(schema, Parser.parse(operation.document()), Locale.ENGLISH);
            errors.forEach(error -> invalid.add(operation.file() + "#" + operation.name() + ": " + error.getMessage()));
        }
        assertThat(operations).as("operations in %s", root).hasSizeGreaterThan(20);
        assertThat(invalid).isEmpty();
    }

    @Test
    void operationNamesAreUniqueAcrossTheFiles() {
        Path root = Path.of(Operations.DIR);
        assertThat(Operations.parse(root, Operations.files(root)).stream().map(Operations.Operation::name))
                .doesNotHaveDuplicates();
    }
}
