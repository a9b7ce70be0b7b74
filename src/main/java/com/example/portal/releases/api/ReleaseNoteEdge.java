package com.example.portal.releases.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A release note in a connection.")
public class ReleaseNoteEdge {

    @NonNull
    @Description("The release note.")
    public ReleaseNote node;

    @NonNull
    @Description("Opaque cursor of this edge, for `after`.")
    public String cursor;

    public ReleaseNoteEdge(ReleaseNote node, String cursor) {
        this.node = node;
        this.cursor = cursor;
    }
}
