package com.example.portal.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import com.example.portal.graphql.UserError;

/** One content file being read: its name, the line offset of its YAML, and the problems found in it. */
final class SourceFile {

    private final String name;
    private final int lineOffset;
    private final List<ContentProblem> problems;

    SourceFile(String name, int lineOffset, List<ContentProblem> problems) {
        this.name = name;
        this.lineOffset = lineOffset;
        this.problems = problems;
    }

    /** The same file, for YAML that starts after the given number of lines (a card's front matter). */
    SourceFile withLineOffset(int offset) {
        return new SourceFile(name, offset, problems);
    }

    String name() {
        return name;
    }

    int line(Node node) {
        return node.getStartMark().getLine() + 1 + lineOffset;
    }

    void problem(Node node, String message) {
        problem(line(node), message);
    }

    void problem(int line, String message) {
        problems.add(new ContentProblem(name, line, message));
    }

    /** Parses YAML into nodes that keep their line numbers; a syntax error is a problem, not an exception. */
    Node parse(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        try {
            return new Yaml(options).compose(new java.io.StringReader(yaml));
        } catch (MarkedYAMLException e) {
            problem(e.getProblemMark().getLine() + 1 + lineOffset, "Not valid YAML: " + e.getProblem() + ".");
        } catch (YAMLException e) {
            problem(1 + lineOffset, "Not valid YAML: " + e.getMessage());
        }
        return null;
    }

    /** The inputs of a file that holds a YAML list of mappings, each item read by the function. */
    <I> List<ContentFile<I>> items(String yaml, Function<YamlItem, I> read) {
        Node root = parse(yaml);
        List<ContentFile<I>> items = new ArrayList<>();
        if (root == null) {
            return items;
        }
        if (!(root instanceof SequenceNode sequence)) {
            problem(root, "Expected a list of items, each starting with \"- slug: ...\".");
            return items;
        }
        for (Node node : sequence.getValue()) {
            YamlItem item = YamlItem.of(this, node);
            items.add(new ContentFile<>(this, item, read.apply(item)));
        }
        return items;
    }

    /** Reports a service's user errors at the lines of the fields they name. */
    void report(List<UserError> errors, YamlItem item) {
        for (UserError error : errors) {
            problem(lineOf(error.field(), item.lines(), item.line()), error.message());
        }
    }

    private static int lineOf(List<String> field, Map<String, Integer> lines, int fallback) {
        for (int length = field.size(); length > 0; length--) {
            Integer line = lines.get(String.join(".", field.subList(0, length)));
            if (line != null) {
                return line;
            }
        }
        return fallback;
    }
}
