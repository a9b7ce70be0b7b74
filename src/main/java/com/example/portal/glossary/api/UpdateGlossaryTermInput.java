package com.example.portal.glossary.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("UpdateGlossaryTermInput")
@Description("Changes to a glossary term. Fields left out (null) stay as they are.")
public class UpdateGlossaryTermInput extends GlossaryTermInputFields {

    @Id
    @NonNull
    @Description("Global id of the term.")
    public String id;

    @NonNull
    @Description("The version last read; a stale version refuses the change with STALE_VERSION.")
    public int version;
}
