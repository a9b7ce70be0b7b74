package com.example.portal.search.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Counts of the hits by type, product, segment, funnel stage and tag, for filtering.")
public record SearchFacets(
        @NonNull @Description("By type (CARD, SEGMENT, GLOSSARY, RELEASE).") List<@NonNull FacetValue> type,
        @NonNull @Description("By product slug.") List<@NonNull FacetValue> product,
        @NonNull @Description("By target segment slug.") List<@NonNull FacetValue> segment,
        @NonNull @Description("By funnel stage.") List<@NonNull FacetValue> funnelStage,
        @NonNull @Description("By tag.") List<@NonNull FacetValue> tag) {

    /** The first {@code values} of each dimension (the most frequent: each list is in that order). */
    public SearchFacets first(int values) {
        return new SearchFacets(cut(type, values), cut(product, values), cut(segment, values), cut(funnelStage, values),
                cut(tag, values));
    }

    private static List<FacetValue> cut(List<FacetValue> list, int values) {
        return list.size() <= values ? list : list.subList(0, values);
    }
}
