package com.example.portal.cards.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A reviewer's request to change a pending edit.")
public record ChangeRequest(
        @NonNull @Description("The reviewer's login.") String by,
        @NonNull @Description("When.") OffsetDateTime at,
        @NonNull @Description("What to change.") String comment) {
}
