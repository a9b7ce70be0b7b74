package com.example.portal.pitch.api;

import org.eclipse.microprofile.graphql.Description;

import com.example.portal.graphql.StoredPayload;

@Description("Result of saving a client profile.")
public class SavedClientProfilePayload extends StoredPayload<SavedClientProfile> {

    @Description("The profile as stored; null when the input was refused.")
    public SavedClientProfile getSavedProfile() {
        return stored();
    }
}
