package com.example.portal.search.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Counts of the hits by type, product, segment, funnel stage and tag, for filtering.")
public class SearchFacets {

    @NonNull
    @Description("By type (CARD, SEGMENT, GLOSSARY, RELEASE).")
    public List<@NonNull FacetValue> type = List.of();

    @NonNull
    @Description("By product slug.")
    public List<@NonNull FacetValue> product = List.of();

    @NonNull
    @Description("By target segment slug.")
    public List<@NonNull FacetValue> segment = List.of();

    @NonNull
    @Description("By funnel stage.")
    public List<@NonNull FacetValue> funnelStage = List.of();

    @NonNull
    @Description("By tag.")
    public List<@NonNull FacetValue> tag = List.of();
}
