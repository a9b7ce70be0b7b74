package com.example.portal.releases.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;

import com.example.portal.graphql.MutationPayload;
import com.example.portal.graphql.UserError;

@Description("Result of creating or updating a release note.")
public class ReleaseNotePayload extends MutationPayload {

    @Description("The release note as stored; null when the input was refused.")
    public ReleaseNote releaseNote;

    public static ReleaseNotePayload of(ReleaseNote releaseNote) {
        ReleaseNotePayload payload = new ReleaseNotePayload();
        payload.releaseNote = releaseNote;
        return payload;
    }

    public static ReleaseNotePayload refused(List<UserError> errors) {
        return refusing(new ReleaseNotePayload(), errors);
    }
}
