package com.example.portal.graphql.limits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.validation.ValidationError;

/**
 * Keeps Java out of the errors clients see, where graphql-java and SmallRye put it:
 * <ul>
 * <li>a "System error" (an unexpected failure in a resolver; the server logs it) has {@code extensions.code}
 * INTERNAL_ERROR, where SmallRye derives the code from the exception's class name ({@code s-q-l-grammar});</li>
 * <li>qualified Java class names lose their package: SmallRye names the Java input class when an argument cannot
 * be converted ("Unknown Scalar Type [com.example...DeleteInput]", smallrye/smallrye-graphql#2322), and the
 * simple name is the GraphQL input type's;</li>
 * <li>the Java type of a JSON value in a variable ("Expected a String input, but it was a 'HashMap'") becomes its
 * JSON kind ("an 'object'").</li>
 * </ul>
 * Other errors are passed on unchanged.
 */
final class ErrorSanitizer extends SimplePerformantInstrumentation {

    static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    private static final Pattern QUALIFIED_NAME = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_]*)(?:\\$[A-Za-z0-9_$]*)?");
    private static final Pattern JAVA_VALUE_TYPE = Pattern.compile("a '(HashMap|LinkedHashMap|Map|ArrayList|List|BigDecimal"
            + "|BigInteger|Integer|Long|Double|Float|Boolean|String)'");
    private static final Map<String, String> JSON_KINDS = Map.ofEntries(
            Map.entry("HashMap", "an 'object'"), Map.entry("LinkedHashMap", "an 'object'"), Map.entry("Map", "an 'object'"),
            Map.entry("ArrayList", "a 'list'"), Map.entry("List", "a 'list'"), Map.entry("BigDecimal", "a 'number'"),
            Map.entry("BigInteger", "a 'number'"), Map.entry("Integer", "a 'number'"), Map.entry("Long", "a 'number'"),
            Map.entry("Double", "a 'number'"), Map.entry("Float", "a 'number'"), Map.entry("Boolean", "a 'boolean'"),
            Map.entry("String", "a 'string'"));

    private final String systemErrorMessage;

    ErrorSanitizer(String systemErrorMessage) {
        this.systemErrorMessage = systemErrorMessage;
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
        List<GraphQLError> sanitized = errors.stream().map(this::sanitize).toList();
        return result.transform(builder -> builder.errors(sanitized));
    }

    GraphQLError sanitize(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching && systemErrorMessage.equals(error.getMessage())) {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("code", INTERNAL_ERROR);
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
        String withoutPackages = QUALIFIED_NAME.matcher(message).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        return JAVA_VALUE_TYPE.matcher(withoutPackages).replaceAll(match -> Matcher.quoteReplacement(JSON_KINDS.get(match.group(1))));
    }
}
