package com.example.portal.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

@Interface
@Description("An object with a globally unique, opaque id that `node(id:)` can fetch.")
public interface Node {

    @Id
    @NonNull
    @Description("Globally unique, opaque id of this object.")
    String getId();
}
