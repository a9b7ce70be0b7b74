package com.example.portal.graphql;

import java.lang.reflect.Parameter;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.eclipse.microprofile.graphql.DefaultValue;

import com.example.portal.security.Allowed;

/**
 * An argument sent as an explicit {@code null} where the schema declares a default (every {@code first: Int = 20})
 * gets the default. GraphQL hands such a null to the resolver as null, which no resolver should have to tell apart
 * from "left out" (found by the schema fuzz: {@code suggest(first: null)} was a "System error"). One mechanism for
 * every argument, bound to {@link Allowed} as every GraphQL API class is, after the role and text checks.
 */
@Allowed({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 210)
public class ArgumentDefaultsInterceptor {

    @AroundInvoke
    Object applyDefaults(InvocationContext invocation) throws Exception {
        Parameter[] parameters = invocation.getMethod().getParameters();
        Object[] values = invocation.getParameters();
        boolean changed = false;
        for (int i = 0; i < parameters.length; i++) {
            DefaultValue declared = parameters[i].getAnnotation(DefaultValue.class);
            if (declared != null && values[i] == null) {
                values[i] = parsed(declared.value(), parameters[i]);
                changed = true;
            }
        }
        if (changed) {
            invocation.setParameters(values);
        }
        return invocation.proceed();
    }

    private static Object parsed(String value, Parameter parameter) {
        Class<?> type = parameter.getType();
        if (type == Integer.class) {
            return Integer.valueOf(value);
        }
        if (type == Boolean.class) {
            return Boolean.valueOf(value);
        }
        if (type == String.class) {
            return value;
        }
        throw new IllegalStateException("No conversion of the default value of " + parameter + " to " + type.getSimpleName()
                + ": add one to ArgumentDefaultsInterceptor.");
    }
}
