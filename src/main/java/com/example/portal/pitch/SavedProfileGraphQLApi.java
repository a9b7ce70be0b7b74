package com.example.portal.pitch;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import com.example.portal.graphql.DeleteInput;
import com.example.portal.graphql.DeletePayload;
import com.example.portal.graphql.PageRequest;
import com.example.portal.pitch.api.SaveClientProfileInput;
import com.example.portal.pitch.api.SavedClientProfileConnection;
import com.example.portal.pitch.api.SavedClientProfilePayload;
import com.example.portal.security.Allowed;
import com.example.portal.security.Role;

@GraphQLApi
@Allowed({ Role.SALES, Role.MARKETING, Role.PM })
public class SavedProfileGraphQLApi {

    @Inject
    SavedProfileService service;

    @Query("savedClientProfiles")
    @Description("The client profiles the signed-in user saved, by name. Nobody sees another user's profiles.")
    public @NonNull SavedClientProfileConnection savedClientProfiles(
            @Description("Page size, 0 to 100 (default 20).") Integer first,
            @Description("Cursor of the edge to start after.") String after) {
        return service.list(PageRequest.of(first, after));
    }

    @Mutation("saveClientProfile")
    @Description("Saves a client profile under a name for the signed-in user; the same name again replaces it.")
    public @NonNull SavedClientProfilePayload saveClientProfile(@NonNull @Description("Name and profile.") SaveClientProfileInput input) {
        return service.save(input);
    }

    @Mutation("deleteClientProfile")
    @Description("Deletes one of the signed-in user's saved client profiles; another user's id is NOT_FOUND.")
    public @NonNull DeletePayload deleteClientProfile(@NonNull @Description("The profile's id and version.") DeleteInput input) {
        return service.delete(input);
    }
}
