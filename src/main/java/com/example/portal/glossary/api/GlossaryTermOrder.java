package com.example.portal.glossary.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.OrderDirection;

@Input("GlossaryTermOrder")
@Description("Ordering of a glossary list.")
public class GlossaryTermOrder {

    @NonNull
    @Description("Field to order by.")
    public GlossaryTermOrderField field = GlossaryTermOrderField.TERM;

    @NonNull
    @Description("Direction.")
    public OrderDirection direction = OrderDirection.ASC;
}
