package com.example.portal.products.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.Node;
import com.example.portal.graphql.VersionedObject;

@Description("Something the company sells. Segments name products a client owns or lacks; every card belongs to one.")
public class Product extends VersionedObject implements Node {

    public static final String TYPE = "Product";

    @NonNull
    @Description("Stable, human-readable key, e.g. \"call-tracking\".")
    public String slug;

    @NonNull
    @Description("Name as sales and clients know it.")
    public String name;

    @NonNull
    @Description("What the product is, in plain language.")
    public String description;

    @NonNull
    @Description("When the product was created.")
    public OffsetDateTime createdAt;

    @NonNull
    @Description("When the product last changed.")
    public OffsetDateTime updatedAt;

    /** Redeclared so the type keeps its own description: SmallRye would take the Node interface's instead. */
    @Override
    @Id
    @NonNull
    @Description("Globally unique, opaque id.")
    public String getId() {
        return super.getId();
    }
}
