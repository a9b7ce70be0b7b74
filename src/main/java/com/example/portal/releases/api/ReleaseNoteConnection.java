package com.example.portal.releases.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.Connection;
import com.example.portal.graphql.Page;

@Description("A page of release notes, newest first.")
public class ReleaseNoteConnection extends Connection {

    @NonNull
    @Description("The release notes of this page with cursors.")
    public final List<@NonNull ReleaseNoteEdge> edges;

    public ReleaseNoteConnection(Page<ReleaseNote> page) {
        super(page);
        edges = page.edges(ReleaseNoteEdge::new);
    }
}
