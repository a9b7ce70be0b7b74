package com.example.portal.graphql;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Member;
import java.lang.reflect.Method;

import graphql.GraphQLException;
import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.spi.ClassloadingService;

/**
 * Reads a plain field of an API object (a public Java field or getter) without SmallRye's per-field context. SmallRye's
 * own fetcher for such fields fills its request {@code Context} before every read, building the selected fields twice
 * as JSON (about 14% of the portal's CPU in the search benchmark's profile), for resolvers that never look at it: our
 * API objects are plain data. Operations ({@code @Query}, {@code @Mutation}, {@code @Source}) keep SmallRye's fetchers
 * and their context. Formatting and adapters still apply ({@link FieldHelper}).
 */
final class PlainFieldFetcher<T> implements PlugableDataFetcher<T>, TrivialDataFetcher<T> {

    private final Field field;
    private final Reference owner;
    private final FieldHelper helper;
    /** The Java field or getter, looked up on first use (classes load at runtime, not when the schema is built). */
    private volatile Member member;

    PlainFieldFetcher(Field field, Reference owner) {
        this.field = field;
        this.owner = owner;
        this.helper = new FieldHelper(field);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(DataFetchingEnvironment env) throws Exception {
        Object source = env.getSource();
        Member read = member();
        Object value = read instanceof Method method ? method.invoke(source) : ((java.lang.reflect.Field) read).get(source);
        return (T) helper.transformOrAdaptResponse(value, env);
    }

    private Member member() {
        Member read = member;
        if (read == null) {
            try {
                Class<?> type = ClassloadingService.get().loadClass(owner.getClassName());
                read = field.getMethodName() == null ? type.getField(field.getPropertyName()) : type.getMethod(field.getMethodName());
                ((AccessibleObject) read).trySetAccessible();
            } catch (ReflectiveOperationException e) {
                throw new GraphQLException("No field or getter for " + owner.getClassName() + "." + field.getName(), e);
            }
            member = read;
        }
        return read;
    }
}
