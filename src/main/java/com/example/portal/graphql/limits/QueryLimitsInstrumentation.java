package com.example.portal.graphql.limits;

import java.util.List;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;

/**
 * Refuses an operation over the depth, complexity or alias limit after validation and before any resolver runs,
 * where graphql-java's own MaxQueryDepth/MaxQueryComplexity instrumentations check. Those are not used: their errors
 * carry no {@code extensions.code} and they count a fragment spread twice only once ({@link QueryFigures}). The response has the errors and no data.
 * <p>
 * An operation that asks for introspection fields only ({@code __schema}, {@code __type}, {@code __typename}) is
 * not held to these limits: GraphiQL's introspection query in dev mode is 13 levels deep. Such an operation is
 * bounded by the schema and by graphql-java's good-faith introspection check (at most 500 fields, 20 levels), and
 * outside dev mode introspection is off, so it fails validation before it gets here.
 */
public class QueryLimitsInstrumentation extends SimplePerformantInstrumentation {

    private final QueryLimits limits;

    public QueryLimitsInstrumentation(QueryLimits limits) {
        this.limits = limits;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        if (isIntrospection(execution.getOperationDefinition())) {
            return super.beginExecuteOperation(parameters, state);
        }
        QueryFigures figures = QueryFigures.of(execution.getDocument(),
                execution.getExecutionInput().getOperationName(), execution.getCoercedVariables());
        List<GraphQLError> errors = limits.check(figures).stream().map(LimitExceeded::toGraphQLError).toList();
        if (!errors.isEmpty()) {
            throw new AbortExecutionException(errors);
        }
        return super.beginExecuteOperation(parameters, state);
    }

    static boolean isIntrospection(OperationDefinition operation) {
        return operation.getSelectionSet().getSelections().stream()
                .allMatch(selection -> selection instanceof Field field && field.getName().startsWith("__"));
    }
}
