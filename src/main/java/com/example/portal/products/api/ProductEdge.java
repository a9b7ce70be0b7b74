package com.example.portal.products.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.Edge;

@Description("A product in a connection.")
public class ProductEdge extends Edge {

    @NonNull
    @Description("The product.")
    public final Product node;

    public ProductEdge(Product node, String cursor) {
        super(cursor);
        this.node = node;
    }
}
