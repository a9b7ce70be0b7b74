package com.example.portal.http;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Which failures of Quarkus' HTTP security (before any resolver runs) mean "no valid token" and which "not allowed". */
final class AuthFailures {

    static final String UNAUTHENTICATED_MESSAGE = "Sign in first: send a valid, unexpired OIDC access token for this API "
            + "in the Authorization header (Bearer).";

    private AuthFailures() {
    }

    static boolean isUnauthenticated(Throwable failure) {
        return failure instanceof AuthenticationFailedException || failure instanceof AuthenticationCompletionException
                || failure instanceof UnauthorizedException;
    }

    static boolean isForbidden(Throwable failure) {
        return failure instanceof ForbiddenException;
    }
}
