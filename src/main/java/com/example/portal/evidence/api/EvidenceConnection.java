package com.example.portal.evidence.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.PageInfo;

@Description("A page of evidence, newest first.")
public class EvidenceConnection {

    @NonNull
    @Description("The evidence of this page with cursors.")
    public List<@NonNull EvidenceEdge> edges;

    @NonNull
    @Description("Where this page sits.")
    public PageInfo pageInfo;

    @NonNull
    @Description("How many pieces match, over all pages.")
    public long totalCount;
}
