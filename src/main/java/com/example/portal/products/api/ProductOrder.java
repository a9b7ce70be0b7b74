package com.example.portal.products.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.OrderDirection;

@Input("ProductOrder")
@Description("Ordering of a product list.")
public class ProductOrder {

    @NonNull
    @Description("Field to order by.")
    public ProductOrderField field = ProductOrderField.NAME;

    @NonNull
    @Description("Direction.")
    public OrderDirection direction = OrderDirection.ASC;
}
