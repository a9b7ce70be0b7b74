package com.example.portal.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * The roles that may call a GraphQL operation; anyone else gets a FORBIDDEN error, a caller without a token
 * UNAUTHENTICATED. Our own binding rather than {@code @RolesAllowed}, whose exceptions SmallRye GraphQL reports as
 * "System error" with a code derived from the class name.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface Allowed {

    @Nonbinding
    Role[] value();
}
