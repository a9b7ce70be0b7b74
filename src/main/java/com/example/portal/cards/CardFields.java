package com.example.portal.cards;

import java.time.OffsetDateTime;
import java.util.List;

import com.example.portal.cards.api.CreateFeatureCardInput;
import com.example.portal.cards.api.JobStoryInput;
import com.example.portal.cards.api.ObjectionInput;
import com.example.portal.cards.api.RolloutFactsInput;
import com.example.portal.cards.api.UpdateFeatureCardInput;
import com.example.portal.shared.FunnelStage;

/** The editable fields of a card, shared by create, update and import; null means "not given". */
record CardFields(
        String title,
        String summary,
        String body,
        String productSlug,
        CardStatus status,
        String owner,
        List<FunnelStage> funnelStages,
        List<String> tags,
        List<JobStoryInput> jobs,
        List<String> talkingPoints,
        List<ObjectionInput> objections,
        List<String> targetSegmentSlugs,
        List<String> antiSegmentSlugs,
        List<String> glossaryTermSlugs,
        RolloutFactsInput rollout,
        Integer verifyEveryDays,
        OffsetDateTime lastVerifiedAt) {

    static CardFields of(CreateFeatureCardInput in) {
        return new CardFields(in.title, in.summary, in.body, in.productSlug, null, in.owner, in.funnelStages, in.tags,
                in.jobs, in.talkingPoints, in.objections, in.targetSegmentSlugs, in.antiSegmentSlugs, in.glossaryTermSlugs,
                in.rollout, in.verifyEveryDays, null);
    }

    /** An imported card also carries its workflow state, which the API changes only through workflow steps. */
    static CardFields of(ImportedCard in) {
        return new CardFields(in.title, in.summary, in.body, in.productSlug, in.status, in.owner, in.funnelStages, in.tags,
                in.jobs, in.talkingPoints, in.objections, in.targetSegmentSlugs, in.antiSegmentSlugs, in.glossaryTermSlugs,
                in.rollout, in.verifyEveryDays, in.lastVerifiedAt);
    }

    static CardFields of(UpdateFeatureCardInput in) {
        return new CardFields(in.title, in.summary, in.body, in.productSlug, null, in.owner, in.funnelStages, in.tags,
                in.jobs, in.talkingPoints, in.objections, in.targetSegmentSlugs, in.antiSegmentSlugs, in.glossaryTermSlugs,
                in.rollout, in.verifyEveryDays, null);
    }
}
