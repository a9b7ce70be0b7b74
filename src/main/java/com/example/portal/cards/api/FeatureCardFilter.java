package com.example.portal.cards.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import com.example.portal.cards.CardStatus;
import com.example.portal.shared.FunnelStage;

@Input("FeatureCardFilter")
@Description("Which cards to list; every given condition must hold.")
public class FeatureCardFilter {

    @Description("Cards of this product (slug).")
    public String productSlug;

    @Description("Cards pitched to this segment (slug).")
    public String segmentSlug;

    @Description("Cards in this status.")
    public CardStatus status;

    @Description("Cards serving this funnel stage.")
    public FunnelStage funnelStage;

    @Description("Cards with this tag (exact).")
    public String tag;
}
