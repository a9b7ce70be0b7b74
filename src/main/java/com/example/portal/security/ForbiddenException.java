package com.example.portal.security;

import io.smallrye.graphql.api.ErrorCode;

/** The caller is signed in but their role or relation to the object does not allow the operation. */
@ErrorCode("FORBIDDEN")
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
