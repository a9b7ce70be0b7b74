package com.example.portal.graphql.limits;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * graphql-java's validation messages show a literal of the wrong type as its syntax tree node, a Java object's
 * {@code toString()}: "argument 'first' with value 'FloatValue{value=1.5}' is not a valid 'Int'". This shows a scalar
 * as written ({@code 1.5}, {@code asc}, {@code "NaN"}, {@code null}); an object or list, or a string the node's text
 * cannot be told apart from, is left out ("with value '…'"): the argument path already names the field.
 */
final class LiteralText {

    private static final Pattern SCALAR = Pattern.compile(
            "\\b(?:(Int|Float|Boolean)Value\\{value=([^{}'\\s\\]]+)}|EnumValue\\{name='(\\w+)'}|StringValue\\{value='([^'{}\\n]*)'}|NullValue\\{})");
    private static final Pattern ANY_NODE = Pattern.compile("\\b(?:Int|Float|Boolean|String|Enum|Null|Object|Array)Value\\{|\\bObjectField\\{");
    private static final String VALUE = "with value '";
    /** What follows the value in graphql-java's messages about an argument (Validation.properties, ArgumentValidationUtil). */
    private static final List<String> AFTER_VALUE = List.of("' is not a valid '", "' must not be null", "' must be an object type",
            "' contains a field", "' is missing required fields");

    private LiteralText() {
    }

    static String shown(String message) {
        String scalars = SCALAR.matcher(message).replaceAll(match -> Matcher.quoteReplacement(scalar(match)));
        if (!ANY_NODE.matcher(scalars).find()) {
            return scalars;
        }
        int value = scalars.indexOf(VALUE);
        int end = AFTER_VALUE.stream().mapToInt(scalars::lastIndexOf).max().orElse(-1);
        if (value < 0 || end < value) {
            return "An argument has a value of the wrong type.";
        }
        String rest = scalars.substring(end);
        int detail = rest.indexOf(" - ");
        if (detail >= 0 && ANY_NODE.matcher(rest).find()) {
            rest = rest.substring(0, detail);
        }
        return scalars.substring(0, value) + VALUE + "…" + rest;
    }

    private static String scalar(MatchResult match) {
        if (match.group(2) != null) {
            return match.group(2);
        }
        if (match.group(3) != null) {
            return match.group(3);
        }
        if (match.group(4) != null) {
            return "\"" + match.group(4) + "\"";
        }
        return "null";
    }
}
