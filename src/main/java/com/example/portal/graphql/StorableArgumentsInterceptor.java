package com.example.portal.graphql;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

import com.example.portal.security.Allowed;

/**
 * Refuses text PostgreSQL cannot store ({@link StorableText}) and dates outside the years the portal keeps
 * ({@link StorableDate}) in any argument of any operation, before the operation runs, so nothing is stored and no
 * database error becomes a "System error". One mechanism for every text, slug and date: it walks the arguments
 * (input objects' public fields, lists) and names the field at fault.
 * A mutation answers with its payload's user errors (a {@link MutationPayload} built empty, or the static
 * {@code refused(List<UserError>)} of another payload type such as {@link DeletePayload}); a query or subscription
 * with a BAD_REQUEST error.
 * <p>
 * Bound to {@link Allowed}, which every GraphQL API class carries, and ordered after its check, so a caller
 * without the role learns that first.
 */
@Allowed({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class StorableArgumentsInterceptor {

    private static final String OUR_TYPES = "com.example.portal.";

    @AroundInvoke
    Object check(InvocationContext invocation) throws Exception {
        Method method = invocation.getMethod();
        Parameter[] parameters = method.getParameters();
        Object[] values = invocation.getParameters();
        List<UserError> problems = new ArrayList<>();
        for (int i = 0; i < parameters.length; i++) {
            if (!parameters[i].isAnnotationPresent(Source.class)) {
                walk(values[i], new ArrayList<>(List.of(name(parameters[i]))), problems);
            }
        }
        if (problems.isEmpty()) {
            return invocation.proceed();
        }
        if (method.isAnnotationPresent(Mutation.class)) {
            Class<?> payload = method.getReturnType();
            if (MutationPayload.class.isAssignableFrom(payload)) {
                Constructor<?> empty = payload.getConstructor();
                return MutationPayload.refused(() -> (MutationPayload) newInstance(empty), problems);
            }
            Method refused = refusal(payload);
            if (refused != null) {
                return refused.invoke(null, problems);
            }
        }
        throw new BadRequestException(problems.stream()
                .map(problem -> "Argument '" + String.join(".", problem.field()) + "': " + problem.message())
                .collect(Collectors.joining(" ")));
    }

    private static void walk(Object value, List<String> path, List<UserError> problems) throws IllegalAccessException {
        String problem = value instanceof String text ? StorableText.problem(text)
                : value instanceof LocalDate date ? StorableDate.problem(date) : null;
        if (problem != null) {
            problems.add(new UserError(List.copyOf(path), problem, UserErrorCode.INVALID));
        } else if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                path.add(String.valueOf(index++));
                walk(item, path, problems);
                path.remove(path.size() - 1);
            }
        } else if (value != null && !value.getClass().isEnum() && value.getClass().getName().startsWith(OUR_TYPES)) {
            for (Field field : value.getClass().getFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    path.add(name(field));
                    walk(field.get(value), path, problems);
                    path.remove(path.size() - 1);
                }
            }
        }
    }

    private static String name(Parameter parameter) {
        Name name = parameter.getAnnotation(Name.class);
        return name != null ? name.value() : parameter.getName();
    }

    private static String name(Field field) {
        Name name = field.getAnnotation(Name.class);
        return name != null ? name.value() : field.getName();
    }

    private static Object newInstance(Constructor<?> constructor) {
        try {
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build an empty " + constructor.getDeclaringClass().getSimpleName(), e);
        }
    }

    private static Method refusal(Class<?> payload) {
        try {
            Method refused = payload.getMethod("refused", List.class);
            return Modifier.isStatic(refused.getModifiers()) ? refused : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
