package com.example.portal.releases.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.Edge;

@Description("A release note in a connection.")
public class ReleaseNoteEdge extends Edge {

    @NonNull
    @Description("The release note.")
    public final ReleaseNote node;

    public ReleaseNoteEdge(ReleaseNote node, String cursor) {
        super(cursor);
        this.node = node;
    }
}
