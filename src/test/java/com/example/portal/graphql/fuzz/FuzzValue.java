package com.example.portal.graphql.fuzz;

import java.util.List;
import java.util.Map;

/**
 * A generated argument value and how it is written into a request: as a JSON variable or as a GraphQL literal.
 * Plain Java values stand for themselves (String, Boolean, List, Map of field name to value); the records below
 * stand for what Java values cannot say exactly.
 */
final class FuzzValue {

    private FuzzValue() {
    }

    /** A number or other token written exactly as given, e.g. {@code 1e999999999} or {@code "NaN"}. */
    record Raw(String text) {
    }

    /** An enum value: a JSON string in a variable, a bare name in a literal. */
    record EnumValue(String name) {
    }

    /** An explicit null, as opposed to a field left out. */
    enum Null { NULL }

    static String json(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, true);
        return out.toString();
    }

    static String literal(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, false);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out, boolean json) {
        if (value == Null.NULL || value == null) {
            out.append("null");
        } else if (value instanceof Raw raw) {
            out.append(raw.text());
        } else if (value instanceof EnumValue constant) {
            if (json) {
                quote(constant.name(), out);
            } else {
                out.append(constant.name());
            }
        } else if (value instanceof String text) {
            quote(text, out);
        } else if (value instanceof Boolean flag) {
            out.append(flag);
        } else if (value instanceof List<?> items) {
            out.append('[');
            for (int i = 0; i < items.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                write(items.get(i), out, json);
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> fields) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> field : fields.entrySet()) {
                out.append(first ? "" : ", ");
                first = false;
                if (json) {
                    quote((String) field.getKey(), out);
                } else {
                    out.append(field.getKey());
                }
                out.append(": ");
                write(field.getValue(), out, json);
            }
            out.append('}');
        } else {
            throw new IllegalArgumentException("Not a fuzz value: " + value.getClass());
        }
    }

    /**
     * A string as JSON and GraphQL both read it: quotes, backslashes, control characters and every surrogate
     * escaped as backslash-u (so a lone surrogate reaches the server as the client sent it), the rest as UTF-8.
     */
    private static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
