package com.example.portal.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** A client fault in a query's arguments (bad cursor, page size out of range); its message is shown. */
@ErrorCode("BAD_REQUEST")
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
