package com.example.portal.search.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import com.example.portal.shared.FunnelStage;
import com.example.portal.search.SearchType;

@Input("SearchFilter")
@Description("Narrows a search; every given condition must hold.")
public class SearchFilter {

    @Description("Only this type.")
    public SearchType type;

    @Description("Only objects of this product (slug).")
    public String productSlug;

    @Description("Only cards pitched to this segment (slug).")
    public String segmentSlug;

    @Description("Only cards serving this funnel stage.")
    public FunnelStage funnelStage;

    @Description("Only cards with this tag.")
    public String tag;
}
