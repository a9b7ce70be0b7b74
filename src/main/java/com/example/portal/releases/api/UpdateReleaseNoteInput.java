package com.example.portal.releases.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.cards.api.RolloutFactsInput;
import com.example.portal.releases.Audience;

@Input("UpdateReleaseNoteInput")
@Description("Changes to a release note. Fields left out (null) stay as they are.")
public class UpdateReleaseNoteInput {

    @Id
    @NonNull
    @Description("Global id of the release note.")
    public String id;

    @NonNull
    @Description("The version last read; a stale version refuses the change with STALE_VERSION.")
    public int version;

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
