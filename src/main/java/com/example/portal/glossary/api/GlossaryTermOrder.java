package com.example.portal.glossary.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import com.example.portal.graphql.ListOrder;
import com.example.portal.graphql.OrderDirection;

@Input("GlossaryTermOrder")
@Description("Ordering of a glossary list.")
public class GlossaryTermOrder extends ListOrder<GlossaryTermOrderField> {

    public GlossaryTermOrder() {
        super(GlossaryTermOrderField.TERM, OrderDirection.ASC);
    }
}
