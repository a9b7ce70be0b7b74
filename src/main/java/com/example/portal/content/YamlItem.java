package com.example.portal.content;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One YAML mapping of a content file, read key by key. Every value read records its line under the
 * API input path it feeds, so a service's user error can be reported at the line that caused it.
 * Wrong types and unknown keys become problems instead of exceptions, so all of them are reported at once.
 */
final class YamlItem {

    private final SourceFile file;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Map<String, Integer> lines;
    private final String pathPrefix;

    private YamlItem(SourceFile file, Node node, Map<String, Integer> lines, String pathPrefix) {
        this.file = file;
        this.node = node;
        this.lines = lines;
        this.pathPrefix = pathPrefix;
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    entries.put(key.getValue(), tuple);
                }
            }
        }
    }

    /** A top-level item of a file; false mappings are reported and read as empty. */
    static YamlItem of(SourceFile file, Node node) {
        if (!(node instanceof MappingNode)) {
            file.problem(node, "Expected a mapping of keys to values here.");
        }
        return new YamlItem(file, node, new LinkedHashMap<>(), "");
    }

    int line() {
        return file.line(node);
    }

    /** Lines of the values read, by API input path ("criteria.productsOwned.1"). */
    Map<String, Integer> lines() {
        return lines;
    }

    /** Reports keys that are not among the allowed ones (typos would otherwise be silently ignored). */
    void allowOnly(String... keys) {
        Set<String> allowed = Set.of(keys);
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                file.problem(entry.getValue().getKeyNode(), "Unknown key \"" + entry.getKey() + "\"; allowed keys: "
                        + String.join(", ", keys) + ".");
            }
        }
    }

    /** Reports a problem at the value of a key (or at the item when the key is absent). */
    void problem(String key, String message) {
        NodeTuple tuple = entries.get(key);
        file.problem(tuple == null ? node : tuple.getValueNode(), message);
    }

    /** A text as written (no spaces stripped). */
    String text(String key, String inputPath) {
        return scalar(key, inputPath, "a single text value", Function.identity());
    }

    Integer integer(String key, String inputPath) {
        return stripped(key, inputPath, "a whole number", Integer::valueOf);
    }

    BigDecimal decimal(String key, String inputPath) {
        return stripped(key, inputPath, "a number", BigDecimal::new);
    }

    Boolean bool(String key, String inputPath) {
        return stripped(key, inputPath, "true or false", text -> switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(text);
        });
    }

    LocalDate date(String key, String inputPath) {
        return stripped(key, inputPath, "a date as YYYY-MM-DD", LocalDate::parse);
    }

    <E extends Enum<E>> E enumValue(String key, String inputPath, Class<E> type) {
        return stripped(key, inputPath, "one of " + allowed(type), text -> Enum.valueOf(type, text));
    }

    List<String> texts(String key, String inputPath) {
        return list(key, inputPath, (item, index) -> {
            if (item instanceof ScalarNode s) {
                return s.getValue();
            }
            file.problem(item, "Each item of \"" + key + "\" must be a text.");
            return null;
        });
    }

    <E extends Enum<E>> List<E> enumValues(String key, String inputPath, Class<E> type) {
        return list(key, inputPath, (item, index) -> {
            if (item instanceof ScalarNode s) {
                try {
                    return Enum.valueOf(type, s.getValue());
                } catch (IllegalArgumentException e) {
                    file.problem(item, "\"" + s.getValue() + "\" is not allowed in \"" + key + "\"; allowed: " + allowed(type) + ".");
                    return null;
                }
            }
            file.problem(item, "Each item of \"" + key + "\" must be one of " + allowed(type) + ".");
            return null;
        });
    }

    /** A list of mappings, each read by the given function with its own input path prefix. */
    <T> List<T> items(String key, String inputPath, Function<YamlItem, T> read) {
        return list(key, inputPath, (item, index) -> {
            if (!(item instanceof MappingNode)) {
                file.problem(item, "Each item of \"" + key + "\" must be a mapping of keys to values.");
                return null;
            }
            return read.apply(new YamlItem(file, item, lines, join(join(pathPrefix, inputPath), index)));
        });
    }

    /**
     * A nested mapping, e.g. "size: { min: 10 }", read by the given function; its values feed input paths under the
     * given prefix. Null when the key is absent or not a mapping (reported).
     */
    <T> T mapping(String key, String inputPath, Function<YamlItem, T> read) {
        Node value = entries.containsKey(key) ? entries.get(key).getValueNode() : null;
        if (value != null && !(value instanceof MappingNode)) {
            file.problem(value, mustBe(key, "a mapping of keys to values"));
            return null;
        }
        return value == null ? null : read.apply(new YamlItem(file, value, lines, join(pathPrefix, inputPath)));
    }

    private interface ItemReader<T> {
        T read(Node item, int index);
    }

    /** Reads each item of a list; the reader reports its own problems and returns null for a bad item. */
    private <T> List<T> list(String key, String inputPath, ItemReader<T> reader) {
        SequenceNode sequence = value(key, inputPath, SequenceNode.class, "a list, e.g. [a, b]");
        if (sequence == null) {
            return null;
        }
        List<T> result = new ArrayList<>();
        List<Node> items = sequence.getValue();
        for (int i = 0; i < items.size(); i++) {
            lines.put(join(join(pathPrefix, inputPath), i), file.line(items.get(i)));
            T item = reader.read(items.get(i), i);
            if (item != null) {
                result.add(item);
            }
        }
        return result;
    }

    /** A single value parsed from its text with spaces around it stripped ("20 " is 20). */
    private <T> T stripped(String key, String inputPath, String expected, Function<String, T> parse) {
        return scalar(key, inputPath, expected, text -> parse.apply(text.strip()));
    }

    /** A single value parsed from its text; a text the parser refuses is reported as not what is expected. */
    private <T> T scalar(String key, String inputPath, String expected, Function<String, T> parse) {
        ScalarNode scalar = value(key, inputPath, ScalarNode.class, expected);
        if (scalar == null) {
            return null;
        }
        try {
            return parse.apply(scalar.getValue());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            file.problem(scalar, mustBe(key, expected));
            return null;
        }
    }

    /**
     * The value of a key as the kind of node expected, its line recorded; null when the key is absent or null, or when
     * the value is of another kind (reported as not what is expected).
     */
    private <N extends Node> N value(String key, String inputPath, Class<N> kind, String expected) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return null;
        }
        lines.put(join(pathPrefix, inputPath), file.line(tuple.getValueNode()));
        Node value = tuple.getValueNode();
        if (value instanceof ScalarNode scalar && "tag:yaml.org,2002:null".equals(scalar.getTag().getValue())) {
            return null;
        }
        if (!kind.isInstance(value)) {
            file.problem(value, mustBe(key, expected));
            return null;
        }
        return kind.cast(value);
    }

    private static String mustBe(String key, String expected) {
        return "\"" + key + "\" must be " + expected + ".";
    }

    private static String join(String prefix, Object part) {
        String tail = String.valueOf(part);
        return prefix.isEmpty() || tail.isEmpty() ? prefix + tail : prefix + "." + tail;
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
