package com.example.portal.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A problem with the input of a mutation. Nothing was stored when a payload carries user errors.")
public record UserError(
        @NonNull @Description("Path to the input field at fault, e.g. [\"input\", \"segments\", \"1\", \"threshold\"].") List<@NonNull String> field,
        @NonNull @Description("What is wrong and what is allowed, in plain language.") String message,
        @NonNull @Description("Machine-readable reason.") UserErrorCode code) {
}
