package com.example.portal.feedback.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.PageInfo;

@Description("A page of feedback on cards, newest first.")
public class CardFeedbackConnection {

    @NonNull
    @Description("The feedback of this page with cursors.")
    public List<@NonNull CardFeedbackEdge> edges;

    @NonNull
    @Description("Where this page sits.")
    public PageInfo pageInfo;

    @NonNull
    @Description("How many there are over all pages.")
    public long totalCount;
}
