package com.example.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import graphql.language.AstPrinter;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;

/**
 * The GraphQL operations that several tests send, one {@code .graphql} file per feature under {@value #DIR} (e.g.
 * {@code evidence.graphql}), instead of text blocks copied from test to test. Operation names are unique across the
 * files, as the web UI's are, and a fragment may be spread from any of them. {@code OperationFilesTest} validates the
 * files against the committed schema.graphql, so a schema change that breaks a test's operation fails there by name.
 * A test's own one-off query (what the test is about) stays a text block in the test.
 */
public final class Operations {

    /** Where the tests' operation files are, relative to the project (the tests' working directory). */
    public static final String DIR = "src/test/resources/operations";

    /** One operation as sent: its file, its name, and the document of it and the fragments it spreads. */
    public record Operation(String file, String name, String document) {
    }

    private static Map<String, Operation> byName;

    private Operations() {
    }

    /** The document to send for the named operation of the tests' operation files. */
    public static synchronized String of(String name) {
        if (byName == null) {
            Map<String, Operation> operations = new HashMap<>();
            for (Operation operation : parse(Path.of(DIR), files(Path.of(DIR)))) {
                if (operations.put(operation.name(), operation) != null) {
                    throw new IllegalStateException("Two operations are named " + operation.name());
                }
            }
            byName = operations;
        }
        Operation operation = byName.get(name);
        if (operation == null) {
            throw new IllegalArgumentException("No operation " + name + " in " + DIR);
        }
        return operation.document();
    }

    /** The {@code .graphql} files under a folder, in a stable order. */
    public static List<Path> files(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> p.toString().endsWith(".graphql")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every operation of the files, each printed compact with the fragments it spreads, directly or through other
     * fragments, wherever among the files they are defined (GraphQL Code Generator puts a UI document together the
     * same way). Files are named relative to {@code root}.
     */
    public static List<Operation> parse(Path root, List<Path> files) {
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        Map<OperationDefinition, String> fileOf = new java.util.LinkedHashMap<>();
        for (Path file : files) {
            Document document;
            try {
                document = Parser.parse(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
            String name = root.relativize(file).toString().replace('\\', '/');
            document.getDefinitionsOfType(OperationDefinition.class).forEach(operation -> fileOf.put(operation, name));
        }
        List<Operation> operations = new ArrayList<>();
        fileOf.forEach((operation, file) -> {
            List<Definition> definitions = new ArrayList<>(List.of(operation));
            spreadFragments(operation, fragments, new LinkedHashSet<>()).forEach(name -> definitions.add(fragments.get(name)));
            operations.add(new Operation(file, operation.getName(),
                    AstPrinter.printAstCompact(Document.newDocument().definitions(definitions).build())));
        });
        return operations;
    }

    /** The names of the fragments a node spreads, directly or through other fragments, in the order first spread. */
    private static Set<String> spreadFragments(Node<?> node, Map<String, FragmentDefinition> fragments, Set<String> found) {
        for (Node<?> child : node.getChildren()) {
            if (child instanceof FragmentSpread spread && found.add(spread.getName())) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                if (fragment == null) {
                    throw new IllegalStateException("An operation spreads an undefined fragment " + spread.getName());
                }
                spreadFragments(fragment, fragments, found);
            }
            spreadFragments(child, fragments, found);
        }
        return found;
    }
}
