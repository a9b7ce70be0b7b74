package com.example.portal.releases.api;

import org.eclipse.microprofile.graphql.Description;

import com.example.portal.graphql.StoredPayload;

@Description("Result of creating or updating a release note.")
public class ReleaseNotePayload extends StoredPayload<ReleaseNote> {

    @Description("The release note as stored; null when the input was refused.")
    public ReleaseNote getReleaseNote() {
        return stored();
    }
}
