package com.example.portal.search.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.Node;
import com.example.portal.search.SearchType;

@Description("One search result.")
public class SearchHit {

    @Ignore
    public long dbId;

    @NonNull
    @Description("Relevance score; only meaningful to compare hits of one search.")
    public double score;

    @NonNull
    @Description("What kind of object it is.")
    public SearchType type;

    @NonNull
    @Description("Slug of the object.")
    public String slug;

    @Description("The object itself (a FeatureCard, Segment, GlossaryTerm or ReleaseNote); null if it was deleted a moment ago.")
    public Node node;

    @NonNull
    @Description("Highlighted fragments that matched.")
    public List<@NonNull TextMatch> textMatches;
}
