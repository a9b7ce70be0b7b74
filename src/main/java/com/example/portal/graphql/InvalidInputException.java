package com.example.portal.graphql;

import java.util.List;

/** Thrown inside a write transaction to roll it back and report user errors in the payload. */
public class InvalidInputException extends RuntimeException {

    private final transient List<UserError> errors;

    public InvalidInputException(List<UserError> errors) {
        super(errors.size() + " invalid input field(s)", null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<UserError> errors() {
        return errors;
    }
}
