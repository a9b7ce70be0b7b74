package com.example.portal.releases.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.cards.api.RolloutFactsInput;
import com.example.portal.releases.Audience;

/**
 * What creating and updating a release note both take, with one description each. CreateReleaseNoteInput adds the slug
 * and UpdateReleaseNoteInput the id and version; null means "not given" (on update: stays as it is).
 */
public abstract class ReleaseNoteInputFields {

    @Description("Slug of the card the note is about.")
    public String cardSlug;

    @Description("Publication date.")
    public LocalDate publishedOn;

    @Description("Title, at most 200 characters.")
    public String title;

    @Description("What changed, in plain language, at most 10000 characters.")
    public String text;

    @Description("Who it is written for; at least one.")
    public List<@NonNull Audience> audiences;

    @Description("Rollout facts of this release.")
    public RolloutFactsInput rollout;
}
