package com.example.portal.cards.api;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.cards.CardStatus;
import com.example.portal.shared.FunnelStage;
import com.example.portal.graphql.Node;
import com.example.portal.graphql.SluggedObject;

@Description("What a feature, update or tool is for, whom to pitch it to, and what tests showed, in plain language.")
public class FeatureCard extends SluggedObject implements Node {

    public static final String TYPE = "FeatureCard";

    @Ignore
    public long productDbId;

    @Ignore
    public List<Long> targetSegmentDbIds;

    @Ignore
    public List<Long> antiSegmentDbIds;

    @Ignore
    public List<Long> glossaryTermDbIds;

    /** Exposed through FeatureCard.verification; kept here for the review diff. */
    @Ignore
    public int verifyEveryDays;

    @NonNull
    @Description("Title.")
    public String title;

    @NonNull
    @Description("One or two plain-language sentences: what it is and for whom.")
    public String summary;

    @NonNull
    @Description("Details in Markdown.")
    public String body;

    @NonNull
    @Description("Where the card is in its life; only published cards are meant for sales and marketing.")
    public CardStatus status;

    @Description("Login of the product manager who answers for the card.")
    public String owner;

    @NonNull
    @Description("Customer-journey stages the feature serves.")
    public List<@NonNull FunnelStage> funnelStages;

    @NonNull
    @Description("Free tags.")
    public List<@NonNull String> tags;

    @NonNull
    @Description("Jobs To Be Done: situation, motivation, outcome.")
    public List<@NonNull JobStory> jobs;

    @NonNull
    @Description("What to tell a client.")
    public List<@NonNull String> talkingPoints;

    @NonNull
    @Description("Objections clients raise, with honest answers.")
    public List<@NonNull Objection> objections;

    @Description("Rollout facts; null when none are known.")
    public RolloutFacts rollout;

    @Description("Login of who saved the card last, which also sets updatedAt: an edit, a workflow step, or a pending edit "
            + "of a published card (whose text readers do not see until it is approved); null for saves before this was "
            + "recorded.")
    public String updatedBy;

    @Description("When the owner last checked that the card is still true; null when never.")
    public OffsetDateTime lastVerifiedAt;
}
