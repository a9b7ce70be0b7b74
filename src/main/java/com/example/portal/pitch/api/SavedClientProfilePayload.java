package com.example.portal.pitch.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.UserError;

@Description("Result of saving a client profile.")
public class SavedClientProfilePayload {

    @Description("The profile as stored; null when the input was refused.")
    public SavedClientProfile savedProfile;

    @NonNull
    @Description("Why the input was refused; empty on success. Nothing is stored when this is not empty.")
    public List<@NonNull UserError> userErrors = List.of();

    public static SavedClientProfilePayload of(SavedClientProfile profile) {
        SavedClientProfilePayload payload = new SavedClientProfilePayload();
        payload.savedProfile = profile;
        return payload;
    }

    public static SavedClientProfilePayload refused(List<UserError> errors) {
        SavedClientProfilePayload payload = new SavedClientProfilePayload();
        payload.userErrors = errors;
        return payload;
    }
}
