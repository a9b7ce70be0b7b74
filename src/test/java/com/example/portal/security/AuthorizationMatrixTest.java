package com.example.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.example.portal.GraphQLClient;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Every mutation, and every query that is not for all readers, tried by every role and without a token. The
 * operations come from the live schema, so a new one fails this test until it is given its rule here.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    enum Rule {
        /** sales, marketing, pm and admin */
        READERS,
        /** pm and admin */
        PM,
        /** admin only */
        ADMIN
    }

    static final Map<String, Rule> MUTATIONS = new LinkedHashMap<>();
    static final Map<String, Rule> QUERIES = new LinkedHashMap<>();

    static {
        for (String type : List.of("Product", "Segment", "GlossaryTerm", "FeatureCard", "Evidence", "ReleaseNote")) {
            MUTATIONS.put("create" + type, Rule.PM);
            MUTATIONS.put("update" + type, Rule.PM);
            MUTATIONS.put("delete" + type, Rule.ADMIN);
        }
        for (String step : List.of("submitCardForReview", "approveCard", "requestCardChanges", "archiveCard", "reopenCard",
                "verifyCard", "restoreCardRevision")) {
            MUTATIONS.put(step, Rule.PM);
        }
        MUTATIONS.put("importContent", Rule.ADMIN);
        MUTATIONS.put("rebuildSearchIndex", Rule.ADMIN);

        for (String reader : List.of("allEvidence", "annotate", "evidence", "featureCard", "featureCards", "glossaryTerm",
                "glossaryTerms", "metrics", "node", "pitch", "product", "products", "qualifyAccounts", "releaseNote",
                "releaseNotes", "search", "segment", "segments", "suggest", "viewer")) {
            QUERIES.put(reader, Rule.READERS);
        }
        QUERIES.put("searchGaps", Rule.PM);
        QUERIES.put("searchIndexStatus", Rule.PM);
        QUERIES.put("cardsToVerify", Rule.PM);
    }

    static final Map<String, GraphQLClient> ROLES = Map.of(
            "sales", GraphQLClient.as("sales.matrix", "sales"),
            "marketing", GraphQLClient.as("marketing.matrix", "marketing"),
            "pm", GraphQLClient.as("pm.matrix", "pm"),
            "admin", GraphQLClient.as("admin.matrix", "admin"));

    /** One introspection query per part: graphql-java refuses one that asks for __Type.fields twice. */
    static final String OPERATIONS = """
            query { __schema { %s { fields { name args { name type { ...T } } } } } }
            fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }""";

    static final String TYPES = """
            query { __schema { types { name kind inputFields { name type { ...T } } enumValues { name } } } }
            fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }""";

    private static List<Map<String, Object>> introspect(String query, String path) {
        JsonPath json = GraphQLClient.ADMIN.run(query);
        assertThat(json.getList("errors")).as(json.prettify()).isNull();
        return json.getList(path);
    }

    private static List<Map<String, Object>> operations(String operationType) {
        return introspect(OPERATIONS.formatted(operationType), "data.__schema." + operationType + ".fields");
    }

    private static Set<String> names(List<Map<String, Object>> fields) {
        return fields.stream().map(f -> (String) f.get("name")).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyOperationHasARule() {
        assertThat(names(operations("mutationType")))
                .as("mutations in the schema; give a new one its rule in MUTATIONS").isEqualTo(new TreeSet<>(MUTATIONS.keySet()));
        assertThat(names(operations("queryType")))
                .as("queries in the schema; give a new one its rule in QUERIES").isEqualTo(new TreeSet<>(QUERIES.keySet()));
    }

    @Test
    void everyMutationPerRole() {
        check("mutation", operations("mutationType"), MUTATIONS);
    }

    @Test
    void everyQueryPerRole() {
        check("query", operations("queryType"), QUERIES);
    }

    private void check(String operation, List<Map<String, Object>> fields, Map<String, Rule> rules) {
        Map<String, Map<String, Object>> types = new HashMap<>();
        for (Map<String, Object> type : introspect(TYPES, "data.__schema.types")) {
            types.put((String) type.get("name"), type);
        }
        List<String> wrong = new ArrayList<>();
        for (Map<String, Object> field : fields) {
            String name = (String) field.get("name");
            Request request = request(operation, field, types);
            for (var role : ROLES.entrySet()) {
                boolean allowed = allowed(rules.get(name), role.getKey());
                JsonPath json = role.getValue().run(request.document, request.variables.toArray());
                List<Object> codes = json.getList("errors.extensions.code");
                boolean forbidden = codes != null && codes.contains("FORBIDDEN");
                if (forbidden == allowed) {
                    wrong.add(name + " as " + role.getKey() + ": " + (allowed ? "refused " + json.getList("errors.message")
                            : "not refused: " + json.prettify()));
                }
                if (forbidden) {
                    assertThat(json.getString("errors[0].message")).as(name).startsWith("This needs the role");
                }
            }
            Response anonymous = GraphQLClient.withToken(null).post(request.document, request.variables.toArray());
            if (anonymous.statusCode() != 401
                    || !"UNAUTHENTICATED".equals(anonymous.jsonPath().getString("errors[0].extensions.code"))) {
                wrong.add(name + " without a token: " + anonymous.statusCode() + " " + anonymous.asString());
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static boolean allowed(Rule rule, String role) {
        return switch (rule) {
            case READERS -> true;
            case PM -> role.equals("pm") || role.equals("admin");
            case ADMIN -> role.equals("admin");
        };
    }

    record Request(String document, List<Object> variables) {
    }

    /**
     * A call with every required argument filled by a value of the right type that no stored object has (ids that name
     * nothing, slugs that are not slugs), so allowed callers get a user error and nothing is written.
     */
    private static Request request(String operation, Map<String, Object> field, Map<String, Map<String, Object>> types) {
        StringBuilder declarations = new StringBuilder();
        StringBuilder arguments = new StringBuilder();
        List<Object> variables = new ArrayList<>();
        for (Map<String, Object> arg : listOf(field.get("args"))) {
            Map<String, Object> type = mapOf(arg.get("type"));
            if (!"NON_NULL".equals(type.get("kind"))) {
                continue;
            }
            String name = (String) arg.get("name");
            declarations.append(declarations.isEmpty() ? "(" : ", ").append('$').append(name).append(": ").append(typeName(type));
            arguments.append(arguments.isEmpty() ? "(" : ", ").append(name).append(": $").append(name);
            variables.add(name);
            variables.add(value(type, types, 0));
        }
        if (!declarations.isEmpty()) {
            declarations.append(')');
            arguments.append(')');
        }
        String selection = "__typename";
        return new Request(operation + declarations + " { " + field.get("name") + arguments + " { " + selection + " } }",
                variables);
    }

    private static Object value(Map<String, Object> type, Map<String, Map<String, Object>> types, int depth) {
        String kind = (String) type.get("kind");
        if (kind.equals("NON_NULL")) {
            return value(mapOf(type.get("ofType")), types, depth);
        }
        if (kind.equals("LIST")) {
            return List.of();
        }
        String name = (String) type.get("name");
        Map<String, Object> named = types.get(name);
        return switch ((String) named.get("kind")) {
            case "ENUM" -> mapOf(listOf(named.get("enumValues")).get(0)).get("name");
            case "INPUT_OBJECT" -> {
                Map<String, Object> input = new HashMap<>();
                for (Map<String, Object> f : listOf(named.get("inputFields"))) {
                    Map<String, Object> t = mapOf(f.get("type"));
                    if ("NON_NULL".equals(t.get("kind")) && depth < 4) {
                        input.put((String) f.get("name"), value(t, types, depth + 1));
                    }
                }
                yield input;
            }
            default -> scalar(name);
        };
    }

    private static Object scalar(String name) {
        return switch (name) {
            case "Int", "BigInteger", "Long" -> 0;
            case "Float", "BigDecimal" -> 0.5;
            case "Boolean" -> false;
            case "Date" -> "2026-01-01";
            case "DateTime" -> "2026-01-01T00:00:00Z";
            case "ID" -> "bm90LWFuLWlk";
            default -> "Not A Slug";
        };
    }

    private static String typeName(Map<String, Object> type) {
        return switch ((String) type.get("kind")) {
            case "NON_NULL" -> typeName(mapOf(type.get("ofType"))) + "!";
            case "LIST" -> "[" + typeName(mapOf(type.get("ofType"))) + "]";
            default -> (String) type.get("name");
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapOf(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> listOf(Object o) {
        return (List<Map<String, Object>>) o;
    }

}
