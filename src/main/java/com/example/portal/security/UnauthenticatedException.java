package com.example.portal.security;

import io.smallrye.graphql.api.ErrorCode;

/** No valid bearer token came with the request. */
@ErrorCode("UNAUTHENTICATED")
public class UnauthenticatedException extends RuntimeException {

    public UnauthenticatedException() {
        super("Sign in first: send an OIDC access token in the Authorization header (Bearer).");
    }
}
