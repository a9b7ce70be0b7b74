package com.example.portal.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("DeleteInput")
@Description("Which object to delete, and the version the client last read.")
public class DeleteInput extends VersionedInput {
}
