package com.example.portal.products.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A product in a connection.")
public class ProductEdge {

    @NonNull
    @Description("The product.")
    public Product node;

    @NonNull
    @Description("Opaque cursor of this edge, for `after`.")
    public String cursor;

    public ProductEdge(Product node, String cursor) {
        this.node = node;
        this.cursor = cursor;
    }
}
