package com.example.portal.graphql;

import static com.example.portal.GraphQLClient.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.junit.QuarkusTest;

/** schema.graphql at the repository root is the frontend's contract: it must be exactly the live schema. */
@QuarkusTest
class SchemaFileQuarkusTest {

    private static final Path SCHEMA_FILE = Path.of("schema.graphql");
    private static final List<String> BUILT_IN_SCALARS = List.of("String", "Int", "Float", "Boolean", "ID");

    @Test
    void committedSchemaIsTheLiveSchema() throws IOException {
        String live = liveSchema();
        if (System.getProperty("update-schema") != null) {
            Files.writeString(SCHEMA_FILE, live, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(SCHEMA_FILE) ? Files.readString(SCHEMA_FILE, StandardCharsets.UTF_8) : "";
        assertThat(committed)
                .withFailMessage("schema.graphql differs from the live schema. Regenerate it with "
                        + "`./mvnw verify -Dupdate-schema` (or copy /graphql/schema.graphql from a running portal), "
                        + "review the diff and commit it.")
                .isEqualTo(live);
    }

    @Test
    void everyTypeFieldArgumentAndEnumValueHasADescription() {
        TypeDefinitionRegistry registry = new SchemaParser().parse(liveSchema());
        List<String> missing = new ArrayList<>();
        for (TypeDefinition<?> type : registry.types().values()) {
            String name = type.getName();
            if (name.startsWith("__")) {
                continue;
            }
            if (type instanceof ObjectTypeDefinition object) {
                check(object.getDescription(), name, missing);
                object.getFieldDefinitions().forEach(field -> {
                    check(field.getDescription(), name + "." + field.getName(), missing);
                    field.getInputValueDefinitions().forEach(argument -> check(argument.getDescription(),
                            name + "." + field.getName() + "(" + argument.getName() + ")", missing));
                });
            } else if (type instanceof InterfaceTypeDefinition iface) {
                check(iface.getDescription(), name, missing);
                iface.getFieldDefinitions().forEach(field -> check(field.getDescription(), name + "." + field.getName(), missing));
            } else if (type instanceof InputObjectTypeDefinition input) {
                check(input.getDescription(), name, missing);
                input.getInputValueDefinitions().forEach(field -> check(field.getDescription(), name + "." + field.getName(), missing));
            } else if (type instanceof EnumTypeDefinition enumType) {
                check(enumType.getDescription(), name, missing);
                enumType.getEnumValueDefinitions().forEach(value -> check(value.getDescription(), name + "." + value.getName(), missing));
            }
        }
        registry.scalars().values().stream()
                .filter(scalar -> !BUILT_IN_SCALARS.contains(scalar.getName()))
                .forEach((ScalarTypeDefinition scalar) -> check(scalar.getDescription(), scalar.getName(), missing));
        assertThat(missing).as("schema elements without a description").isEmpty();
    }

    private static void check(Description description, String element, List<String> missing) {
        if (description == null || description.getContent().isBlank()) {
            missing.add(element);
        }
    }

    private static String liveSchema() {
        return ADMIN.request().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
    }
}
