package com.example.portal.pitch.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.PageInfo;

@Description("A page of the signed-in user's saved client profiles, by name.")
public class SavedClientProfileConnection {

    @NonNull
    @Description("The profiles of this page with cursors.")
    public List<@NonNull SavedClientProfileEdge> edges;

    @NonNull
    @Description("Where this page sits.")
    public PageInfo pageInfo;

    @NonNull
    @Description("How many profiles the user has saved.")
    public long totalCount;
}
