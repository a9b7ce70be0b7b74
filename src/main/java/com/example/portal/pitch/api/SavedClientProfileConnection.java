package com.example.portal.pitch.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.Connection;
import com.example.portal.graphql.Page;

@Description("A page of the signed-in user's saved client profiles, by name.")
public class SavedClientProfileConnection extends Connection {

    @NonNull
    @Description("The profiles of this page with cursors.")
    public final List<@NonNull SavedClientProfileEdge> edges;

    public SavedClientProfileConnection(Page<SavedClientProfile> page) {
        super(page);
        edges = page.edges(SavedClientProfileEdge::new);
    }
}
