package com.example.portal.products.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.Connection;
import com.example.portal.graphql.Page;

@Description("A page of products.")
public class ProductConnection extends Connection {

    @NonNull
    @Description("The products of this page with their cursors.")
    public final List<@NonNull ProductEdge> edges;

    public ProductConnection(Page<Product> page) {
        super(page);
        edges = page.edges(ProductEdge::new);
    }
}
