package com.example.portal.graphql;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import jakarta.validation.ConstraintViolationException;

import org.dataloader.BatchLoaderEnvironment;
import org.eclipse.microprofile.graphql.GraphQLException;

import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLTypeUtil;
import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusDefaultDataFetcher;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;
import io.smallrye.graphql.validation.BeanValidationUtil;

/**
 * Quarkus' fetcher of an operation ({@code @Query}, {@code @Mutation}, {@code @Source}), without the selected-fields
 * JSON SmallRye builds for every call. SmallRye fills its request {@code Context} before each operation, including the
 * field's whole selection as JSON twice (with and without source fields), walking the selection once per level: for the
 * search page's {@code search} field about 6% of a search's CPU, read by nobody here (resolvers that need the
 * selection read graphql-java's, e.g. {@code SearchGraphQLApi}; ArchitectureTest keeps it so). Everything else is
 * SmallRye's: the context's other values, the events, argument conversion, the invocation on Quarkus' threads, and the
 * error handling, as in SmallRye's {@code AbstractDataFetcher} (2.17), whose {@code get} and {@code load} these copy
 * but for the two selections, left null.
 */
final class LeanOperationFetcher<K, T> extends QuarkusDefaultDataFetcher<K, T> {

    LeanOperationFetcher(Operation operation, Type type) {
        super(operation, type);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(DataFetchingEnvironment env) throws Exception {
        SmallRyeContext context = populate(env);
        eventEmitter.fireBeforeDataFetch(context);
        DataFetcherResult.Builder<Object> result = DataFetcherResult.newResult().localContext(env.getGraphQlContext());
        try {
            return invokeAndTransform(context, env, result, argumentHelper.getArguments(env).toArray());
        } catch (AbstractDataFetcherException e) {
            e.appendDataFetcherResult(result, env);
            eventEmitter.fireOnDataFetchError(context, e);
        } catch (GraphQLException e) {
            errorResultHelper.appendPartialResult(result, env, e);
            eventEmitter.fireOnDataFetchError(context, e);
        } catch (ConstraintViolationException e) {
            BeanValidationUtil.addConstraintViolationsToDataFetcherResult(e.getConstraintViolations(), operationInvoker.getMethod(), result, env);
            return (T) result.build();
        } catch (Throwable t) {
            eventEmitter.fireOnDataFetchError(context, t);
            throw t;
        }
        return invokeFailure(result);
    }

    @Override
    public CompletionStage<List<T>> load(List<K> keys, BatchLoaderEnvironment environment) {
        Map<String, Object> batch = batchLoaderHelper.getBatchContext(keys, environment);
        Object[] arguments = batchLoaderHelper.getArguments(batch);
        DataFetchingEnvironment env = batchLoaderHelper.getDataFetchingEnvironment(batch);
        populate(env);
        try {
            return invokeBatch(env, arguments);
        } finally {
            SmallRyeContextManager.clearCurrentSmallRyeContext();
        }
    }

    /** SmallRye's {@code populateFromDataFetchingEnvironment} (2.17) but for the selected fields. */
    private SmallRyeContext populate(DataFetchingEnvironment env) {
        SmallRyeContext current = SmallRyeContextManager.getCurrentSmallRyeContext();
        if (current == null) {
            current = SmallRyeContextManager.restoreSmallRyeContext(env);
        }
        if (!current.hasRequest()) {
            throw new IllegalStateException("Invalid context provided, can not populate data from Data Fetching Environment");
        }
        SmallRyeContext context = current.clone();
        context.setDataFetchingEnvironment(env);
        context.setField(operation);
        context.setArguments(env.getArguments());
        context.setPath(env.getExecutionStepInfo().getPath().toString());
        context.setExecutionId(env.getExecutionId().toString());
        context.setFieldName(env.getField().getName());
        context.setSource(env.getSource());
        context.setSelectedFields(null);
        context.setSelectedAndSourceFields(null);
        OperationDefinition definition = env.getOperationDefinition();
        context.setOperationType(definition.getOperation().toString());
        context.setParentTypeName(env.getParentType() == null ? null : GraphQLTypeUtil.unwrapAll(env.getParentType()).getName());
        if (context.getOperationName().isEmpty() && definition.getName() != null && !definition.getName().isEmpty()) {
            context.setOperationName(definition.getName());
        }
        GraphQLContext graphQLContext = env.getGraphQlContext();
        graphQLContext.put(SmallRyeContextManager.CONTEXT, context);
        SmallRyeContextManager.restore(context);
        return context;
    }
}
