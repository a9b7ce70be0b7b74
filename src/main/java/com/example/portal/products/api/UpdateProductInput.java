package com.example.portal.products.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("UpdateProductInput")
@Description("Changes to a product. Fields left out (null) stay as they are.")
public class UpdateProductInput {

    @Id
    @NonNull
    @Description("Global id of the product.")
    public String id;

    @NonNull
    @Description("The version last read; a stale version refuses the change with STALE_VERSION.")
    public int version;

    @Description("New name, at most 200 characters.")
    public String name;

    @Description("New description, at most 5000 characters.")
    public String description;
}
