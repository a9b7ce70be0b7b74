package com.example.portal.releases.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.releases.Audience;

/**
 * Plain values only, no nested objects: a subscription's items are resolved outside the subscriber's request, where
 * the visibility rules of nested fields (a card's revisions, evidence, segments) cannot be applied for the subscriber.
 */
@Description("A release note just published, as the subscription announces it. Fetch `releaseNote(slug:)` for its card "
        + "and rollout facts.")
public class ReleaseNoteAnnouncement {

    @Id
    @NonNull
    @Description("The note's global id.")
    public String id;

    @NonNull
    @Description("The note's slug.")
    public String slug;

    @NonNull
    @Description("Title.")
    public String title;

    @NonNull
    @Description("When it was published.")
    public LocalDate publishedOn;

    @NonNull
    @Description("Who it is written for.")
    public List<@NonNull Audience> audiences;

    @NonNull
    @Description("Slug of the card the note is about.")
    public String cardSlug;
}
