package com.example.portal.graphql.limits;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import io.smallrye.graphql.api.ErrorCode;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.validation.ValidationError;

/**
 * Keeps Java out of the errors clients see, where graphql-java and SmallRye put it:
 * <ul>
 * <li>a "System error" (an unexpected failure in a resolver; the server logs it) has {@code extensions.code}
 * INTERNAL_ERROR, where SmallRye derives the code from the exception's class name ({@code s-q-l-grammar}), and an
 * {@code errorId}; the failure is logged at ERROR with its stack trace and the same id;</li>
 * <li>an argument SmallRye cannot convert (an Int out of range, a Float of 1e309) is a BAD_REQUEST, not a "System
 * error";</li>
 * <li>every other error is a refusal of the client's request, logged as one WARN line without a stack trace;</li>
 * <li>qualified Java class names lose their package: SmallRye names the Java input class when an argument cannot
 * be converted ("Unknown Scalar Type [com.example...DeleteInput]", smallrye/smallrye-graphql#2322), and the
 * simple name is the GraphQL input type's;</li>
 * <li>the Java type of a JSON value in a variable ("Expected a String input, but it was a 'HashMap'") becomes its
 * JSON kind ("an 'object'"), as do the collection types graphql-java names for a variable of the wrong kind
 * ("Expected type 'Map' but was 'ArrayList'" becomes "Expected type 'object' but was 'list'");</li>
 * <li>a literal of the wrong type, which graphql-java's validation shows as its syntax tree node
 * ("with value 'FloatValue{value=1.5}'", "'EnumValue{name='asc'}'"), is shown as written ({@code 1.5}, {@code asc})
 * or left out ({@link LiteralText});
 * SmallRye's message ids ({@code SRGQL000021: }) go wherever they stand in a message;</li>
 * <li>the "non null type ... wrongly returned a null value" error that follows an argument SmallRye could not convert
 * is left out: the conversion's error says what is wrong.</li>
 * </ul>
 * Other errors are passed on unchanged. Every error is counted by its code ({@link GraphQLErrorMetrics}).
 */
final class ErrorSanitizer extends SimplePerformantInstrumentation {

    static final String INTERNAL_ERROR = "INTERNAL_ERROR";
    static final String BAD_REQUEST = "BAD_REQUEST";
    private static final Logger LOG = Logger.getLogger(ErrorSanitizer.class);
    private static final String ARGUMENT_CONVERSION = "io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper";
    private static final Pattern SMALLRYE_MESSAGE_ID = Pattern.compile("\\bSRGQL\\d+: ");

    private static final Pattern QUALIFIED_NAME = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_]*)(?:\\$[A-Za-z0-9_$]*)?");
    private static final Pattern JAVA_VALUE_TYPE = Pattern.compile("a '(HashMap|LinkedHashMap|Map|ArrayList|List|BigDecimal"
            + "|BigInteger|Integer|Long|Double|Float|Boolean|String)'");
    /** "Expected type 'Map' but was 'ArrayList'. ... must be an instance of type 'Map'." (graphql-java, a variable). */
    private static final Pattern JAVA_COLLECTION_TYPE = Pattern.compile("(type|was) '(HashMap|LinkedHashMap|Map|ArrayList|List)'");
    private static final Map<String, String> JSON_KINDS = Map.ofEntries(
            Map.entry("HashMap", "an 'object'"), Map.entry("LinkedHashMap", "an 'object'"), Map.entry("Map", "an 'object'"),
            Map.entry("ArrayList", "a 'list'"), Map.entry("List", "a 'list'"), Map.entry("BigDecimal", "a 'number'"),
            Map.entry("BigInteger", "a 'number'"), Map.entry("Integer", "a 'number'"), Map.entry("Long", "a 'number'"),
            Map.entry("Double", "a 'number'"), Map.entry("Float", "a 'number'"), Map.entry("Boolean", "a 'boolean'"),
            Map.entry("String", "a 'string'"));

    private final String systemErrorMessage;
    private final GraphQLErrorMetrics metrics;

    ErrorSanitizer(String systemErrorMessage, GraphQLErrorMetrics metrics) {
        this.systemErrorMessage = systemErrorMessage;
        this.metrics = metrics;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return CompletableFuture.completedFuture(sanitize(result));
    }

    ExecutionResult sanitize(ExecutionResult result) {
        List<GraphQLError> errors = result.getErrors();
        if (errors.isEmpty()) {
            return result;
        }
        List<GraphQLError> sanitized = withoutEchoes(errors.stream().map(this::sanitize).toList());
        logClientFaults(sanitized);
        sanitized.forEach(error -> metrics.count(code(error)));
        return result.transform(builder -> builder.errors(sanitized));
    }

    /**
     * SmallRye reports an argument it cannot convert (a variable's input object with a value of the wrong kind,
     * smallrye/smallrye-graphql#2322) as a validation error without a path and returns null for the field; of a
     * non-null field graphql-java then adds "was declared as a non null type, but the code involved in retrieving
     * data has wrongly returned a null value", an error without a code that only echoes the first.
     */
    private static List<GraphQLError> withoutEchoes(List<GraphQLError> errors) {
        Set<List<?>> refused = errors.stream().filter(ValidationError.class::isInstance)
                .<List<?>>map(error -> ((ValidationError) error).getQueryPath()).filter(Objects::nonNull).collect(Collectors.toSet());
        return errors.stream()
                .filter(error -> !(error instanceof NonNullableFieldWasNullError && refused.contains(error.getPath())))
                .toList();
    }

    /** Refusals (roles, bad arguments, validation, limits) are the client's fault: one WARN line, no stack trace. */
    private static void logClientFaults(List<GraphQLError> errors) {
        List<String> refusals = errors.stream().filter(error -> !INTERNAL_ERROR.equals(code(error)))
                .map(error -> code(error) + (error.getPath() == null ? "" : " at " + error.getPath()) + ": "
                        + abbreviated(error.getMessage()))
                .toList();
        if (!refusals.isEmpty()) {
            LOG.warnf("GraphQL request refused: %s", refusals);
        }
    }

    /** The error's code as clients see it: extensions.code, else its classification (e.g. ValidationError). */
    static String code(GraphQLError error) {
        Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
        if (code != null) {
            return code.toString();
        }
        // SmallRye adds the code of an exception's @ErrorCode when it writes the response, after this instrumentation
        if (error instanceof ExceptionWhileDataFetching fetching
                && fetching.getException().getClass().getAnnotation(ErrorCode.class) != null) {
            return fetching.getException().getClass().getAnnotation(ErrorCode.class).value();
        }
        return error.getErrorType() == null ? "UNKNOWN" : error.getErrorType().toString();
    }

    private static String abbreviated(String message) {
        return message == null || message.length() <= 300 ? message : message.substring(0, 300) + "…";
    }

    /**
     * An argument SmallRye's scalars cannot convert, e.g. an Int variable of 99999999999999: graphql-java only
     * notices when SmallRye converts the arguments, inside the resolver call, so it arrives as a resolver failure.
     */
    private static boolean isCoercion(Throwable e) {
        return e instanceof CoercingParseLiteralException || e instanceof CoercingParseValueException;
    }

    /**
     * Anything else that fails while SmallRye turns the arguments into Java objects, before the resolver runs, is the
     * client's value too: e.g. a Float literal of 1e309, which becomes Infinity and which SmallRye's JSON-B round trip
     * of an input object cannot write. Its message is JSON-B's, not for clients.
     */
    private static boolean isArgumentConversion(Throwable e) {
        return Arrays.stream(e.getStackTrace()).anyMatch(frame -> frame.getClassName().equals(ARGUMENT_CONVERSION));
    }

    private static String coercionMessage(Throwable e) {
        String detail = e.getMessage() == null || !isCoercion(e) ? "" : clean(e.getMessage());
        return "An argument has a value of the wrong type or out of range" + (detail.isBlank() ? "" : " (" + detail + ")")
                + "; an Int is a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                + ", a Float a finite number (at most about 1.8e308 in absolute value).";
    }

    GraphQLError sanitize(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching fetching
                && (isCoercion(fetching.getException()) || isArgumentConversion(fetching.getException()))) {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("code", BAD_REQUEST);
            return rebuilt(error, coercionMessage(fetching.getException()), extensions);
        }
        if (error instanceof ExceptionWhileDataFetching fetching && systemErrorMessage.equals(error.getMessage())) {
            // The client gets the id, the log the stack: an operator finds one from the other.
            String errorId = UUID.randomUUID().toString();
            LOG.errorf(fetching.getException(), "GraphQL resolver failed at %s, error id %s", error.getPath(), errorId);
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("code", INTERNAL_ERROR);
            extensions.put("errorId", errorId);
            return rebuilt(error, error.getMessage(), extensions);
        }
        String message = clean(error.getMessage());
        if (message.equals(error.getMessage())) {
            return error;
        }
        if (error instanceof ValidationError validation) {
            return ValidationError.newValidationError().validationErrorType(validation.getValidationErrorType())
                    .sourceLocations(validation.getLocations()).queryPath(validation.getQueryPath())
                    .description(clean(validation.getDescription())).extensions(validation.getExtensions()).build();
        }
        return rebuilt(error, message, error.getExtensions());
    }

    private static GraphQLError rebuilt(GraphQLError error, String message, Map<String, Object> extensions) {
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
                .errorType(error.getErrorType() == null ? ErrorType.DataFetchingException : error.getErrorType());
        // message(...) formats its argument
        builder.message("%s", message);
        if (error.getLocations() != null) {
            builder.locations(error.getLocations());
        }
        if (error.getPath() != null) {
            builder.path(error.getPath());
        }
        if (extensions != null) {
            builder.extensions(extensions);
        }
        return builder.build();
    }

    static String clean(String message) {
        if (message == null) {
            return null;
        }
        String withoutIds = SMALLRYE_MESSAGE_ID.matcher(message).replaceAll("");
        String literals = LiteralText.shown(withoutIds);
        String withoutPackages = QUALIFIED_NAME.matcher(literals).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        String collections = JAVA_COLLECTION_TYPE.matcher(withoutPackages).replaceAll(match -> Matcher.quoteReplacement(
                match.group(1) + " " + JSON_KINDS.get(match.group(2)).replaceFirst("^an? ", "")));
        return JAVA_VALUE_TYPE.matcher(collections).replaceAll(match -> Matcher.quoteReplacement(JSON_KINDS.get(match.group(1))));
    }
}
