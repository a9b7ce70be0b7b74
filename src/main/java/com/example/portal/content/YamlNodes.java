package com.example.portal.content;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Builds YAML the way the content files are written by hand (block items, short lists and mappings in flow style,
 * long texts folded) and lets SnakeYAML's emitter do the quoting and escaping: it falls back to a quoted style
 * whenever the asked one would not read back as the same text, which is what makes the export round-trip.
 */
final class YamlNodes {

    /** Folded texts wrap at about the width of the hand-written files. */
    static final int FILE_WIDTH = 110;

    private YamlNodes() {
    }

    /** An ordered mapping; null values are left out, so optional keys appear only when set. */
    static final class Mapping {

        private final List<NodeTuple> entries = new ArrayList<>();
        private final FlowStyle style;

        private Mapping(FlowStyle style) {
            this.style = style;
        }

        Mapping put(String key, Node value) {
            if (value != null) {
                entries.add(new NodeTuple(text(key), value));
            }
            return this;
        }

        boolean isEmpty() {
            return entries.isEmpty();
        }

        MappingNode node() {
            return new MappingNode(Tag.MAP, entries, style);
        }
    }

    static Mapping block() {
        return new Mapping(FlowStyle.BLOCK);
    }

    /** A mapping written on one line, e.g. "{min: 10, max: 250}". */
    static Mapping flow() {
        return new Mapping(FlowStyle.FLOW);
    }

    static ScalarNode text(String value) {
        return value == null ? null : scalar(Tag.STR, value, ScalarStyle.PLAIN);
    }

    /**
     * A text on one line, for a card's front matter: a text with line breaks is double-quoted with "\n" escapes, so no
     * line of it can read as the closing "---".
     */
    static ScalarNode line(String value) {
        if (value == null) {
            return null;
        }
        boolean breaks = value.chars().anyMatch(c -> c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029);
        return scalar(Tag.STR, value, breaks ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.PLAIN);
    }

    /** Prose: folded to the file width (">-"); texts with line breaks keep them. */
    static ScalarNode prose(String value) {
        return value == null ? null : scalar(Tag.STR, value, ScalarStyle.FOLDED);
    }

    static ScalarNode number(Integer value) {
        return value == null ? null : scalar(Tag.INT, value.toString(), ScalarStyle.PLAIN);
    }

    /** A decimal without trailing zeros: 20, 12.5. */
    static ScalarNode number(BigDecimal value) {
        if (value == null) {
            return null;
        }
        String text = value.stripTrailingZeros().toPlainString();
        return scalar(text.contains(".") ? Tag.FLOAT : Tag.INT, text, ScalarStyle.PLAIN);
    }

    static ScalarNode number(Double value) {
        return value == null ? null : number(BigDecimal.valueOf(value));
    }

    static ScalarNode bool(Boolean value) {
        return value == null ? null : scalar(Tag.BOOL, value.toString(), ScalarStyle.PLAIN);
    }

    static ScalarNode date(LocalDate value) {
        return value == null ? null : scalar(Tag.TIMESTAMP, value.toString(), ScalarStyle.PLAIN);
    }

    /** A list of short texts on one line, e.g. "[retail, horeca]"; null or empty lists are left out. */
    static SequenceNode texts(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        return new SequenceNode(Tag.SEQ, values.stream().<Node>map(YamlNodes::text).toList(), FlowStyle.FLOW);
    }

    static SequenceNode names(List<? extends Enum<?>> values) {
        return values == null ? null : texts(values.stream().map(Enum::name).toList());
    }

    /** A list of items one under the other ("- ..."); null or empty lists are left out. */
    static SequenceNode items(List<Node> values) {
        return values == null || values.isEmpty() ? null : new SequenceNode(Tag.SEQ, values, FlowStyle.BLOCK);
    }

    /**
     * A file that is a list of items, written as by hand: "- " at the margin and a blank line between items. Each item
     * is emitted as a mapping and then indented by two columns; every non-empty line moves alike, so block texts keep
     * their relative indentation and read back the same.
     */
    static String listFile(List<MappingNode> items) {
        List<String> parts = new ArrayList<>();
        for (MappingNode item : items) {
            StringBuilder part = new StringBuilder();
            for (String line : dump(item, true).split("\n", -1)) {
                if (!line.isEmpty()) {
                    part.append(part.isEmpty() ? "- " : "  ").append(line);
                }
                part.append('\n');
            }
            parts.add(part.substring(0, part.length() - 1));
        }
        return parts.isEmpty() ? "[]\n" : String.join("\n", parts);
    }

    /** YAML text of a node; folded to the file width or, for a card's front matter, one line per value. */
    static String dump(Node node, boolean wrap) {
        DumperOptions options = new DumperOptions();
        options.setAllowUnicode(true);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(FILE_WIDTH);
        options.setSplitLines(wrap);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        StringWriter out = new StringWriter();
        new Yaml(options).serialize(node, out);
        return out.toString();
    }

    private static ScalarNode scalar(Tag tag, String value, ScalarStyle style) {
        return new ScalarNode(tag, value, null, null, style);
    }
}
