package com.example.portal.cards.api;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.shared.FunnelStage;

@Description("An edit of a published card waiting for review (PMs and admins only). Sales and marketing keep seeing the "
        + "published card everywhere until a second PM approves the edit. The content fields are what approval publishes.")
public class PendingCardRevision {

    /** The content approval would publish, as a card object, for the batched reference and diff resolvers. */
    @Ignore
    public FeatureCard proposed;

    /** The card as published now. */
    @Ignore
    public FeatureCard published;

    @NonNull
    @Description("Everyone who edited this revision, first proposer first. None of them may approve it; an admin among "
            + "them may, with a comment.")
    public List<@NonNull String> authors;

    @NonNull
    @Description("When the edit was first proposed.")
    public OffsetDateTime createdAt;

    @NonNull
    @Description("When the edit was last saved.")
    public OffsetDateTime updatedAt;

    @NonNull
    @Description("True when the published card changed (by the content import) after this edit was last saved. Approval "
            + "then applies only the fields the edit changed; the others keep the newer published value.")
    public boolean outdated;

    @NonNull
    @Description("Names of the fields approval would change, as in FeatureCard (e.g. \"summary\", \"targetSegments\").")
    public List<@NonNull String> changedFields;

    @Description("The latest request for changes, until the edit is saved again; null when none is open.")
    public ChangeRequest changesRequested;

    @NonNull
    @Description("Title after approval.")
    public String title;

    @NonNull
    @Description("Summary after approval.")
    public String summary;

    @NonNull
    @Description("Body (Markdown) after approval.")
    public String body;

    @Description("Owner after approval.")
    public String owner;

    @NonNull
    @Description("Funnel stages after approval.")
    public List<@NonNull FunnelStage> funnelStages;

    @NonNull
    @Description("Tags after approval.")
    public List<@NonNull String> tags;

    @NonNull
    @Description("Jobs To Be Done after approval.")
    public List<@NonNull JobStory> jobs;

    @NonNull
    @Description("Talking points after approval.")
    public List<@NonNull String> talkingPoints;

    @NonNull
    @Description("Objections after approval.")
    public List<@NonNull Objection> objections;

    @Description("Rollout facts after approval; null when none.")
    public RolloutFacts rollout;

    @NonNull
    @Description("Verification interval in days after approval.")
    public int verifyEveryDays;
}
