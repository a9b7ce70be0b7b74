package com.example.portal.cards.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import com.example.portal.graphql.ListOrder;
import com.example.portal.graphql.OrderDirection;

@Input("FeatureCardOrder")
@Description("Ordering of a card list.")
public class FeatureCardOrder extends ListOrder<FeatureCardOrderField> {

    public FeatureCardOrder() {
        super(FeatureCardOrderField.UPDATED_AT, OrderDirection.DESC);
    }
}
