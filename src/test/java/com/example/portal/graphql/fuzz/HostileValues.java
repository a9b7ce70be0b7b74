package com.example.portal.graphql.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import com.example.portal.graphql.fuzz.FuzzValue.EnumValue;
import com.example.portal.graphql.fuzz.FuzzValue.Null;
import com.example.portal.graphql.fuzz.FuzzValue.Raw;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;

/**
 * Values of a schema input type that are valid by type and hostile by content, generated from the type's definition.
 * Each leaf is hostile with the probability of the current try, otherwise plausible (a real id or slug, a short
 * Russian text, a small number), so a hostile value also reaches the checks behind the plausible ones.
 * A small share is wrong by type too (a nested list, an unknown enum value, a string for a number), which GraphQL
 * itself must refuse cleanly.
 */
final class HostileValues {

    static final String LONG_TEXT = "я".repeat(100_000);

    private static final List<String> TEXTS = List.of("", "   ", "\t\n\r", "a\u0000b", "\u0000",
            "\u0001\u0002\u001f\u007f", "\u0085\u2028\u2029", "half \uD83D of an emoji", "\uDCDE low", "\uFFFE\uFFFF",
            "\u202Eevil", "zero\u200Bwidth", "\uFEFFbom", "Robert'); drop table product; --", "' or 1=1 --",
            "<script>alert(1)</script>", "${jndi:ldap://x}", "%00%ff", "../../etc/passwd", "Звонки \uD83D\uDCDE",
            "ЗВОНКИ", "call tracking", "Call-Tracking", "звонки", "-", "--a--", "a".repeat(201), LONG_TEXT,
            "x".repeat(5000), "1e999999999", "NaN", "null", "{}", "[]", "\\", "\"", "0", "-1", "2025-02-30",
            "+999999999-12-31", "Ünïcödé ÄÖÜ ß", "𝕏𝕐ℤ", "e\u0301\u0301\u0301");
    private static final List<String> DATES = List.of("0001-01-01", "-999999999-01-01", "+999999999-12-31",
            "9999-12-31", "+294277-01-01", "+5874898-01-01", "-4714-11-23", "2025-02-30", "2025-13-01", "2025-1-1", "",
            "today", "2025-01-01T00:00:00Z", "1970-01-01", "2025-01-01\u0000");
    private static final List<String> DATE_TIMES = List.of("+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
            "2025-01-01T25:00:00Z", "2025-01-01", "", "0000-01-01T00:00:00Z", "2025-01-01T00:00:00+25:00",
            "+294277-01-01T00:00:00Z", "4713-01-01T00:00:00Z BC");
    private static final List<String> INTS = List.of("0", "-1", "-2147483648", "2147483647", "2147483648",
            "-2147483649", "99999999999999", "-99999999999999999999", "1.5", "1e3", "1e999999999", "101", "100000000",
            "\"5\"");
    private static final List<String> FLOATS = List.of("0", "-0.0", "1e308", "-1e308", "1e309", "1e999999999",
            "4.9e-324", "1e-999999999", "\"NaN\"", "\"Infinity\"", "123456789012345678901234567890", "-1", "101");
    private static final List<String> DECIMALS = List.of("1e999999999", "-1e999999999", "1e-999999999", "\"NaN\"",
            "\"-Infinity\"", "99999999999999.99995", "100000000000000", "-0.0", "0.000000001",
            "123456789012345678901234567890.5", "\"12.5\"", "\"abc\"", "-1", "101");
    private static final List<String> BIG_INTEGERS = List.of("99999999999999999999999999", "-1", "0", "1e3",
            "\"123\"", "1e999999999", "-99999999999999999999");

    private final Random random;
    private final List<FuzzTarget.Known> known;
    private double hostility;

    HostileValues(Random random, List<FuzzTarget.Known> known) {
        this.random = random;
        this.known = known;
    }

    /** Starts a try: how likely each leaf is hostile in it. */
    void hostility(double probability) {
        hostility = probability;
    }

    /** Whether to leave out an argument or field that may be left out. */
    boolean skip() {
        return chance(0.3);
    }

    Object value(GraphQLInputType type, String name, int depth) {
        if (type instanceof GraphQLNonNull nonNull) {
            return chance(0.01) ? Null.NULL : value((GraphQLInputType) nonNull.getWrappedType(), name, depth);
        }
        if (chance(hostility * 0.15)) {
            return Null.NULL;
        }
        if (type instanceof GraphQLList list) {
            return list((GraphQLInputType) list.getWrappedType(), name, depth);
        }
        if (type instanceof GraphQLInputObjectType object) {
            return object(object, depth);
        }
        if (type instanceof GraphQLEnumType enumType) {
            return enumValue(enumType);
        }
        return scalar(((GraphQLScalarType) type).getName(), name);
    }

    private Object list(GraphQLInputType item, String name, int depth) {
        if (chance(hostility * 0.2)) {
            return List.of();
        }
        if (chance(hostility * 0.05)) {
            return List.of(List.of(value(item, name, depth + 1))); // a list one level too deep
        }
        if (chance(hostility * 0.05)) {
            return value(item, name, depth + 1); // one item without brackets: GraphQL makes it a list of one
        }
        int size = chance(hostility * 0.03) ? 300 : 1 + random.nextInt(3);
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            items.add(value(item, name, depth + 1));
        }
        return items;
    }

    private Map<String, Object> object(GraphQLInputObjectType type, int depth) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (GraphQLInputObjectField field : type.getFieldDefinitions()) {
            boolean required = field.getType() instanceof GraphQLNonNull && !field.hasSetDefaultValue();
            if (required || (depth < 4 && !skip())) {
                fields.put(field.getName(), value(field.getType(), field.getName(), depth + 1));
            }
        }
        if (chance(hostility * 0.03)) {
            fields.put("notAField", "x");
        }
        return fields;
    }

    private EnumValue enumValue(GraphQLEnumType type) {
        List<GraphQLEnumValueDefinition> values = type.getValues();
        String valid = values.get(random.nextInt(values.size())).getName();
        if (chance(hostility * 0.1)) {
            return new EnumValue(chance(0.5) ? "NOT_A_VALUE" : valid.toLowerCase(Locale.ROOT));
        }
        return new EnumValue(valid);
    }

    private Object scalar(String scalar, String name) {
        boolean hostile = chance(hostility);
        return switch (scalar) {
            case "ID" -> hostile ? pick(hostileIds()) : knownId();
            case "String" -> hostile ? pick(TEXTS) : plausibleText(name);
            case "Int" -> new Raw(hostile ? pick(INTS) : String.valueOf(1 + random.nextInt(5)));
            case "Float" -> new Raw(hostile ? pick(FLOATS) : "12.5");
            case "BigDecimal" -> new Raw(hostile ? pick(DECIMALS) : "12.5");
            case "BigInteger" -> new Raw(hostile ? pick(BIG_INTEGERS) : "12");
            case "Boolean" -> hostile && chance(0.2) ? new Raw("\"true\"") : random.nextBoolean();
            case "Date" -> hostile ? pick(DATES) : "2025-0" + (1 + random.nextInt(9)) + "-15";
            case "DateTime" -> hostile ? pick(DATE_TIMES) : "2025-03-15T10:00:00Z";
            default -> throw new IllegalStateException("No generator for the scalar " + scalar + ": add one.");
        };
    }

    private String plausibleText(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("slug") && !known.isEmpty()) {
            return chance(0.7) ? pick(known).slug() : "fuzz-" + random.nextInt(1000);
        }
        if (lower.endsWith("id") && !known.isEmpty()) {
            return knownId();
        }
        return "Звонки " + random.nextInt(1000);
    }

    private String knownId() {
        return known.isEmpty() ? "" : pick(known).id();
    }

    private List<String> hostileIds() {
        return List.of("", "not base64!", "AAAA", "=", "a".repeat(10_000), encoded("Product:1"), encoded("FeatureCard:0"),
                encoded("FeatureCard:-1"), encoded("Segment:99999999999999999999999"), encoded("Evidence:abc"),
                encoded("Nope:1"), encoded(":"), encoded("FeatureCard:1\u0000"), encoded("Product:1e3"),
                encoded("Product"), encoded("ReleaseNote: 1"), knownId());
    }

    private static String encoded(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
