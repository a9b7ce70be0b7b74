package com.example.portal.cards.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.OrderDirection;

@Input("FeatureCardOrder")
@Description("Ordering of a card list.")
public class FeatureCardOrder {

    @NonNull
    @Description("Field to order by.")
    public FeatureCardOrderField field = FeatureCardOrderField.UPDATED_AT;

    @NonNull
    @Description("Direction.")
    public OrderDirection direction = OrderDirection.DESC;
}
