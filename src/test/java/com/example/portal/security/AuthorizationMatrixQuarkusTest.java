package com.example.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.example.portal.GraphQLClient;

import graphql.language.AstPrinter;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Every mutation, and every query that is not for all readers, tried by every role and without a token. The
 * operations come from the live schema, so a new one fails this test until it is given its rule here.
 */
@QuarkusTest
class AuthorizationMatrixQuarkusTest {

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
    /** Subscriptions run over a WebSocket, so their rules are tried by their own tests (ReleaseNoteSubscriptionQuarkusTest). */
    static final Map<String, Rule> SUBSCRIPTIONS = Map.of("releaseNotePublished", Rule.READERS);

    static {
        for (String type : List.of("Product", "Segment", "GlossaryTerm", "FeatureCard", "Evidence", "ReleaseNote")) {
            MUTATIONS.put("create" + type, Rule.PM);
            MUTATIONS.put("update" + type, Rule.PM);
            MUTATIONS.put("delete" + type, Rule.ADMIN);
        }
        for (String step : List.of("submitCardForReview", "approveCard", "requestCardChanges", "archiveCard", "reopenCard",
                "verifyCard", "restoreCardRevision", "approvePendingRevision", "requestPendingRevisionChanges",
                "discardPendingRevision")) {
            MUTATIONS.put(step, Rule.PM);
        }
        MUTATIONS.put("importContent", Rule.ADMIN);
        // An admin's export goes under the test export root (target/content-export), never elsewhere.
        MUTATIONS.put("exportContent", Rule.ADMIN);
        MUTATIONS.put("rebuildSearchIndex", Rule.ADMIN);
        // Each user's own saved client profiles (the matrix's users save one named "Not A Slug", their own).
        MUTATIONS.put("saveClientProfile", Rule.READERS);
        MUTATIONS.put("deleteClientProfile", Rule.READERS);
        // Any reader reports a problem on a card (the matrix's empty input is refused, nothing is stored).
        MUTATIONS.put("sendCardFeedback", Rule.READERS);

        for (String reader : List.of("allEvidence", "annotate", "evidence", "featureCard", "featureCards", "glossaryTerm",
                "glossaryTerms", "metrics", "node", "pitch", "pitchForm", "product", "products", "qualifyAccounts", "releaseNote",
                "releaseNotes", "savedClientProfiles", "search", "segment", "segmentMetrics", "segments", "suggest", "viewer")) {
            QUERIES.put(reader, Rule.READERS);
        }
        QUERIES.put("searchGaps", Rule.PM);
        QUERIES.put("searchIndexStatus", Rule.PM);
        QUERIES.put("cardsToVerify", Rule.PM);
        QUERIES.put("reviewQueue", Rule.PM);
        QUERIES.put("cardFeedback", Rule.PM);
        QUERIES.put("evidencePreview", Rule.PM);
        QUERIES.put("segmentCriteriaPreview", Rule.PM);
    }

    static final Map<String, GraphQLClient> ROLES = Map.of(
            "sales", GraphQLClient.as("sales.matrix", "sales"),
            "marketing", GraphQLClient.as("marketing.matrix", "marketing"),
            "pm", GraphQLClient.as("pm.matrix", "pm"),
            "admin", GraphQLClient.as("admin.matrix", "admin"));

    /** The live schema, as the endpoint serves it; parsed rather than introspected, so it works with introspection off. */
    static TypeDefinitionRegistry schema() {
        String sdl = GraphQLClient.ADMIN.request().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        return new SchemaParser().parse(sdl);
    }

    private static List<FieldDefinition> operations(TypeDefinitionRegistry schema, String type) {
        return schema.getType(type, ObjectTypeDefinition.class).orElseThrow().getFieldDefinitions();
    }

    private static Set<String> names(List<FieldDefinition> fields) {
        return fields.stream().map(FieldDefinition::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyOperationHasARule() {
        TypeDefinitionRegistry schema = schema();
        assertThat(names(operations(schema, "Mutation")))
                .as("mutations in the schema; give a new one its rule in MUTATIONS").isEqualTo(new TreeSet<>(MUTATIONS.keySet()));
        assertThat(names(operations(schema, "Query")))
                .as("queries in the schema; give a new one its rule in QUERIES").isEqualTo(new TreeSet<>(QUERIES.keySet()));
        assertThat(names(operations(schema, "Subscription")))
                .as("subscriptions in the schema; give a new one its rule in SUBSCRIPTIONS and a test over a WebSocket")
                .isEqualTo(new TreeSet<>(SUBSCRIPTIONS.keySet()));
    }

    @Test
    void everyMutationPerRole() {
        check("mutation", "Mutation", MUTATIONS);
    }

    @Test
    void everyQueryPerRole() {
        check("query", "Query", QUERIES);
    }

    private void check(String operation, String type, Map<String, Rule> rules) {
        TypeDefinitionRegistry schema = schema();
        List<String> wrong = new ArrayList<>();
        for (FieldDefinition field : operations(schema, type)) {
            String name = field.getName();
            Request request = request(operation, field, schema);
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
    private static Request request(String operation, FieldDefinition field, TypeDefinitionRegistry schema) {
        StringBuilder declarations = new StringBuilder();
        StringBuilder arguments = new StringBuilder();
        List<Object> variables = new ArrayList<>();
        for (InputValueDefinition arg : field.getInputValueDefinitions()) {
            if (!(arg.getType() instanceof NonNullType)) {
                continue;
            }
            String name = arg.getName();
            declarations.append(declarations.isEmpty() ? "(" : ", ").append('$').append(name).append(": ")
                    .append(AstPrinter.printAst(arg.getType()));
            arguments.append(arguments.isEmpty() ? "(" : ", ").append(name).append(": $").append(name);
            variables.add(name);
            variables.add(value(arg.getType(), schema, 0));
        }
        if (!declarations.isEmpty()) {
            declarations.append(')');
            arguments.append(')');
        }
        return new Request(operation + declarations + " { " + field.getName() + arguments + " { __typename } }", variables);
    }

    private static Object value(Type<?> type, TypeDefinitionRegistry schema, int depth) {
        if (type instanceof NonNullType nonNull) {
            return value(nonNull.getType(), schema, depth);
        }
        if (type instanceof ListType) {
            return List.of();
        }
        String name = ((TypeName) type).getName();
        var definition = schema.getType(name);
        if (definition.isPresent() && definition.get() instanceof EnumTypeDefinition e) {
            return e.getEnumValueDefinitions().get(0).getName();
        }
        if (definition.isPresent() && definition.get() instanceof InputObjectTypeDefinition input) {
            Map<String, Object> values = new HashMap<>();
            for (InputValueDefinition f : input.getInputValueDefinitions()) {
                if (f.getType() instanceof NonNullType && depth < 4) {
                    values.put(f.getName(), value(f.getType(), schema, depth + 1));
                }
            }
            return values;
        }
        return scalar(name);
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
}
