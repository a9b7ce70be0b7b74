package com.example.portal.graphql.limits;

import java.util.concurrent.CompletableFuture;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Marks the HTTP request whose result is a GraphQL request error: no {@code data} (a document that does not
 * validate, variables that do not coerce, a limit exceeded), or a validation error SmallRye reports with
 * {@code data: null} (an argument it cannot convert). GraphQL over HTTP wants 4xx for these when the response is
 * {@code application/graphql-response+json}; SmallRye sends 200, and {@code http.GraphQLHttpGuard} changes the
 * status of a marked request as its headers go out.
 */
public final class RequestErrorMarker extends SimplePerformantInstrumentation {

    private static final String KEY = RequestErrorMarker.class.getName();

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (isRequestError(result)) {
            markCurrent();
        }
        return CompletableFuture.completedFuture(result);
    }

    static boolean isRequestError(ExecutionResult result) {
        return !result.isDataPresent()
                || result.getErrors().stream().anyMatch(error -> error.getErrorType() == ErrorType.ValidationError);
    }

    public static void mark(RoutingContext ctx) {
        ctx.put(KEY, Boolean.TRUE);
    }

    public static boolean isMarked(RoutingContext ctx) {
        return Boolean.TRUE.equals(ctx.get(KEY));
    }

    /** The HTTP request being served, if any: GraphQL over WebSocket has none, nor has a request outside one. */
    private static void markCurrent() {
        ArcContainer container = Arc.container();
        if (container != null && container.requestContext().isActive()) {
            RoutingContext ctx = container.instance(CurrentVertxRequest.class).get().getCurrent();
            if (ctx != null) {
                mark(ctx);
            }
        }
    }
}
