package com.example.portal.releases.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("UpdateReleaseNoteInput")
@Description("Changes to a release note. Fields left out (null) stay as they are.")
public class UpdateReleaseNoteInput extends ReleaseNoteInputFields {

    @Id
    @NonNull
    @Description("Global id of the release note.")
    public String id;

    @NonNull
    @Description("The version last read; a stale version refuses the change with STALE_VERSION.")
    public int version;
}
