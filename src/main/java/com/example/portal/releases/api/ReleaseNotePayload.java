package com.example.portal.releases.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.UserError;

@Description("Result of creating or updating a release note.")
public class ReleaseNotePayload {

    @Description("The release note as stored; null when the input was refused.")
    public ReleaseNote releaseNote;

    @NonNull
    @Description("Why the input was refused; empty on success. Nothing is stored when this is not empty.")
    public List<@NonNull UserError> userErrors = List.of();

    public static ReleaseNotePayload of(ReleaseNote releaseNote) {
        ReleaseNotePayload payload = new ReleaseNotePayload();
        payload.releaseNote = releaseNote;
        return payload;
    }

    public static ReleaseNotePayload refused(List<UserError> errors) {
        ReleaseNotePayload payload = new ReleaseNotePayload();
        payload.userErrors = errors;
        return payload;
    }
}
