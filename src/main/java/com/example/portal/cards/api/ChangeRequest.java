package com.example.portal.cards.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A reviewer's request to change a pending edit.")
public class ChangeRequest {

    @NonNull
    @Description("The reviewer's login.")
    public String by;

    @NonNull
    @Description("When.")
    public OffsetDateTime at;

    @NonNull
    @Description("What to change.")
    public String comment;

    public ChangeRequest(String by, OffsetDateTime at, String comment) {
        this.by = by;
        this.at = at;
        this.comment = comment;
    }
}
