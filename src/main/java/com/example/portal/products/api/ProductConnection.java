package com.example.portal.products.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.PageInfo;

@Description("A page of products.")
public class ProductConnection {

    @NonNull
    @Description("The products of this page with their cursors.")
    public List<@NonNull ProductEdge> edges;

    @NonNull
    @Description("Where this page sits.")
    public PageInfo pageInfo;

    @NonNull
    @Description("How many products match, over all pages.")
    public long totalCount;
}
