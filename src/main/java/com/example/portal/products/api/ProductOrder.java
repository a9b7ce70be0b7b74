package com.example.portal.products.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import com.example.portal.graphql.ListOrder;
import com.example.portal.graphql.OrderDirection;

@Input("ProductOrder")
@Description("Ordering of a product list.")
public class ProductOrder extends ListOrder<ProductOrderField> {

    public ProductOrder() {
        super(ProductOrderField.NAME, OrderDirection.ASC);
    }
}
