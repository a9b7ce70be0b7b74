package com.example.portal.cards;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import com.example.portal.graphql.InputCheck;

/**
 * From card inputs onto card rows (rows to GraphQL types: {@link CardMapper}). Writes only what differs, so an unchanged
 * import bumps no version.
 */
final class CardMapping {

    private CardMapping() {
    }

    static void apply(CardFields f, CardReferences refs, FeatureCardEntity card) {
        if (f.title() != null) {
            card.title = f.title().strip();
        }
        if (f.summary() != null) {
            card.summary = f.summary().strip();
        }
        if (f.body() != null) {
            card.body = f.body().strip();
        }
        if (refs.productId() != null) {
            card.productId = refs.productId();
        }
        if (f.status() != null) {
            card.status = f.status();
        }
        if (f.verifyEveryDays() != null) {
            card.verifyEveryDays = f.verifyEveryDays();
        }
        if (f.owner() != null) {
            card.owner = f.owner().isBlank() ? null : f.owner().strip();
        }
        if (f.funnelStages() != null) {
            setIfChanged(card.funnelStages, f.funnelStages().stream().distinct().map(Enum::name).toList(), v -> card.funnelStages = v);
        }
        if (f.tags() != null) {
            setIfChanged(card.tags, f.tags().stream().map(String::strip).distinct().toList(), v -> card.tags = v);
        }
        if (f.talkingPoints() != null) {
            setIfChanged(card.talkingPoints, f.talkingPoints().stream().map(String::strip).toList(), v -> card.talkingPoints = v);
        }
        if (f.jobs() != null) {
            replaceIfChanged(card.jobs, f.jobs().stream()
                    .map(j -> new JobStoryValue(j.situation.strip(), j.motivation.strip(), j.outcome.strip())).toList());
        }
        if (f.objections() != null) {
            replaceIfChanged(card.objections, f.objections().stream()
                    .map(o -> new ObjectionValue(o.objection.strip(), o.answer.strip())).toList());
        }
        if (refs.segmentLinks() != null && !refs.segmentLinks().equals(card.segmentLinks)) {
            card.segmentLinks.clear();
            card.segmentLinks.addAll(refs.segmentLinks());
        }
        if (refs.glossaryTermIds() != null && !refs.glossaryTermIds().equals(card.glossaryTermIds)) {
            card.glossaryTermIds.clear();
            card.glossaryTermIds.addAll(refs.glossaryTermIds());
        }
        if (f.rollout() != null) {
            BigDecimal share = f.rollout().sharePercent == null ? null : InputCheck.rounded(f.rollout().sharePercent, 2);
            if (share == null || card.rolloutShare == null || share.compareTo(card.rolloutShare) != 0) {
                card.rolloutShare = share;
            }
            card.rolloutStart = f.rollout().startDate;
            card.rolloutOptOut = f.rollout().clientCanOptOut;
        }
        if (f.lastVerifiedAt() != null
                && (card.lastVerifiedAt == null || !card.lastVerifiedAt.isEqual(f.lastVerifiedAt()))) {
            card.lastVerifiedAt = f.lastVerifiedAt().withOffsetSameInstant(ZoneOffset.UTC);
        }
    }

    private static <T> void setIfChanged(List<T> current, List<T> wanted, Consumer<List<T>> setter) {
        if (!Objects.equals(current, wanted)) {
            setter.accept(new java.util.ArrayList<>(wanted));
        }
    }

    private static <T> void replaceIfChanged(List<T> current, List<T> wanted) {
        if (!current.equals(wanted)) {
            current.clear();
            current.addAll(wanted);
        }
    }
}
