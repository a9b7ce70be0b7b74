package com.example.portal.pitch.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A saved client profile in a connection.")
public class SavedClientProfileEdge {

    @NonNull
    @Description("The profile.")
    public SavedClientProfile node;

    @NonNull
    @Description("Opaque cursor of this edge, for `after`.")
    public String cursor;

    public SavedClientProfileEdge(SavedClientProfile node, String cursor) {
        this.node = node;
        this.cursor = cursor;
    }
}
