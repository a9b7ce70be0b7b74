package com.example.portal.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A problem with the input of a mutation. Nothing was stored when a payload carries user errors.")
public class UserError {

    @NonNull
    @Description("Path to the input field at fault, e.g. [\"input\", \"segments\", \"1\", \"threshold\"].")
    public List<@NonNull String> field;

    @NonNull
    @Description("What is wrong and what is allowed, in plain language.")
    public String message;

    @NonNull
    @Description("Machine-readable reason.")
    public UserErrorCode code;

    public UserError() {
    }

    public UserError(List<String> field, String message, UserErrorCode code) {
        this.field = field;
        this.message = message;
        this.code = code;
    }
}
