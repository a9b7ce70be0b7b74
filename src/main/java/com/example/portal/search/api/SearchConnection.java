package com.example.portal.search.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.PageInfo;

@Description("A page of search hits, best first, with facet counts over all hits.")
public class SearchConnection {

    @NonNull
    @Description("The hits of this page with cursors.")
    public List<@NonNull SearchHitEdge> edges;

    @NonNull
    @Description("Where this page sits.")
    public PageInfo pageInfo;

    @NonNull
    @Description("How many hits in all.")
    public long totalCount;

    @NonNull
    @Description("Counts of all hits by type, product, segment, funnel stage and tag.")
    public SearchFacets facets;
}
