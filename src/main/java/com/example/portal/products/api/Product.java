package com.example.portal.products.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.Node;
import com.example.portal.graphql.SluggedObject;

@Description("Something the company sells. Segments name products a client owns or lacks; every card belongs to one.")
public class Product extends SluggedObject implements Node {

    public static final String TYPE = "Product";

    @NonNull
    @Description("Name as sales and clients know it.")
    public String name;

    @NonNull
    @Description("What the product is, in plain language.")
    public String description;
}
