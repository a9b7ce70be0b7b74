package com.example.portal.pitch.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.Edge;

@Description("A saved client profile in a connection.")
public class SavedClientProfileEdge extends Edge {

    @NonNull
    @Description("The profile.")
    public final SavedClientProfile node;

    public SavedClientProfileEdge(SavedClientProfile node, String cursor) {
        super(cursor);
        this.node = node;
    }
}
