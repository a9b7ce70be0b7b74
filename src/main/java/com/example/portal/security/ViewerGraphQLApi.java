package com.example.portal.security;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import com.example.portal.security.api.Viewer;

@GraphQLApi
public class ViewerGraphQLApi {

    @Inject
    Caller caller;

    @Query("viewer")
    @Description("Who is signed in and with which roles, so a client shows only what the person may do.")
    public @NonNull Viewer viewer() {
        caller.requireAny(Role.values());
        return new Viewer(caller.name(), caller.roles().stream().toList());
    }
}
