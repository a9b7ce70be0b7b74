package com.example.portal.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

@Allowed({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class AllowedInterceptor {

    @Inject
    Caller caller;

    @AroundInvoke
    Object check(InvocationContext invocation) throws Exception {
        Allowed allowed = invocation.getMethod().getAnnotation(Allowed.class);
        if (allowed == null) {
            allowed = invocation.getMethod().getDeclaringClass().getAnnotation(Allowed.class);
        }
        caller.requireAny(allowed.value());
        return invocation.proceed();
    }
}
