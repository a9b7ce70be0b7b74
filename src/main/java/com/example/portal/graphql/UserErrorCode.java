package com.example.portal.graphql;

import org.eclipse.microprofile.graphql.Description;

@Description("Why an input was refused.")
public enum UserErrorCode {
    @Description("A required field is missing or blank.")
    REQUIRED,
    @Description("A text or list is longer than allowed.")
    TOO_LONG,
    @Description("A value does not have the allowed form (pattern, range, or combination of fields).")
    INVALID,
    @Description("A referenced object (slug or id) does not exist.")
    NOT_FOUND,
    @Description("Another object already uses this slug or value.")
    DUPLICATE,
    @Description("The object changed since it was read: reload it and apply the change again.")
    STALE_VERSION,
    @Description("The object is still referenced by other objects and cannot be deleted.")
    IN_USE,
    @Description("The object is not in a state that allows this step, e.g. approving a card that is still a draft.")
    INVALID_STATE
}
