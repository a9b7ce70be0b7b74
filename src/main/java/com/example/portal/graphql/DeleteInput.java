package com.example.portal.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("DeleteInput")
@Description("Which object to delete, and the version the client last read.")
public class DeleteInput {

    @Id
    @NonNull
    @Description("Global id of the object to delete.")
    public String id;

    @NonNull
    @Description("The version last read; a stale version refuses the delete with STALE_VERSION.")
    public int version;
}
