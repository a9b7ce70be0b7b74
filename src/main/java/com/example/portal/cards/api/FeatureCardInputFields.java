package com.example.portal.cards.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.shared.FunnelStage;

/**
 * What creating and updating a feature card both take, with one description each. CreateFeatureCardInput adds the slug
 * and UpdateFeatureCardInput the id and version; null means "not given" (on update: stays as it is).
 */
public abstract class FeatureCardInputFields {

    @Description("Title, at most 200 characters.")
    public String title;

    @Description("One or two plain-language sentences, at most 1000 characters.")
    public String summary;

    @Description("Details in Markdown, at most 50000 characters.")
    public String body;

    @Description("Slug of the product the card belongs to.")
    public String productSlug;

    @Description("Login of the product manager who answers for the card, at most 200 characters.")
    public String owner;

    @Description("Customer-journey stages the feature serves.")
    public List<@NonNull FunnelStage> funnelStages;

    @Description("Free tags: at most 20, each at most 50 characters.")
    public List<@NonNull String> tags;

    @Description("Jobs To Be Done, at most 10.")
    public List<@NonNull JobStoryInput> jobs;

    @Description("What to tell a client: at most 20 points, each at most 1000 characters.")
    public List<@NonNull String> talkingPoints;

    @Description("Objections with answers, at most 20.")
    public List<@NonNull ObjectionInput> objections;

    @Description("Slugs of segments to pitch the feature to, at most 20.")
    public List<@NonNull String> targetSegmentSlugs;

    @Description("Slugs of segments NOT to pitch the feature to, at most 20.")
    public List<@NonNull String> antiSegmentSlugs;

    @Description("Slugs of glossary terms the card uses, at most 50.")
    public List<@NonNull String> glossaryTermSlugs;

    @Description("Rollout facts.")
    public RolloutFactsInput rollout;

    @Description("How often, in days, the owner should check that the card is still true: 1 to 3650; 90 when left out on create.")
    public Integer verifyEveryDays;
}
