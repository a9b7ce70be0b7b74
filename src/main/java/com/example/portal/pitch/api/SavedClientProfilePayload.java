package com.example.portal.pitch.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;

import com.example.portal.graphql.MutationPayload;
import com.example.portal.graphql.UserError;

@Description("Result of saving a client profile.")
public class SavedClientProfilePayload extends MutationPayload {

    @Description("The profile as stored; null when the input was refused.")
    public SavedClientProfile savedProfile;

    public static SavedClientProfilePayload of(SavedClientProfile profile) {
        SavedClientProfilePayload payload = new SavedClientProfilePayload();
        payload.savedProfile = profile;
        return payload;
    }

    public static SavedClientProfilePayload refused(List<UserError> errors) {
        return refusing(new SavedClientProfilePayload(), errors);
    }
}
