package com.example.portal.search.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.Connection;
import com.example.portal.graphql.Page;

@Description("A page of search hits, best first, with facet counts over all hits.")
public class SearchConnection extends Connection {

    @NonNull
    @Description("The hits of this page with cursors.")
    public final List<@NonNull SearchHitEdge> edges;

    /** Served by {@code SearchGraphQLApi.facets}, which takes how many values of each dimension the client wants. */
    @Ignore
    public final SearchFacets facets;

    /** The page of hits, with the facets; null when the query does not select them ({@code SearchService.Selected}). */
    public SearchConnection(Page<SearchHit> page, SearchFacets facets) {
        super(page);
        edges = page.edges(SearchHitEdge::new);
        this.facets = facets;
    }
}
