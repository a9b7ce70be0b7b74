package com.example.portal.evidence.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("UpdateEvidenceInput")
@Description("Changes to a piece of evidence. Fields left out (null) stay as they are; a given block replaces the stored one.")
public class UpdateEvidenceInput extends EvidenceInputFields {

    @Id
    @NonNull
    @Description("Global id of the evidence.")
    public String id;

    @NonNull
    @Description("The version last read; a stale version refuses the change with STALE_VERSION.")
    public int version;
}
