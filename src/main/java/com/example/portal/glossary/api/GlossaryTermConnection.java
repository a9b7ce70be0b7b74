package com.example.portal.glossary.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.PageInfo;

@Description("A page of glossary terms.")
public class GlossaryTermConnection {

    @NonNull
    @Description("The terms of this page with cursors.")
    public List<@NonNull GlossaryTermEdge> edges;

    @NonNull
    @Description("Where this page sits.")
    public PageInfo pageInfo;

    @NonNull
    @Description("How many terms match, over all pages.")
    public long totalCount;
}
