package com.example.portal.cards;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import com.example.portal.cards.api.FeatureCard;
import com.example.portal.security.Allowed;
import com.example.portal.security.Role;
import com.example.portal.segments.api.Segment;
import com.example.portal.segments.api.SegmentCriteriaPreview;

/** The cards' side of segments: the published cards that target or exclude one, and which cards an edit of it flags. */
@GraphQLApi
@Allowed({ Role.SALES, Role.MARKETING, Role.PM })
public class SegmentUsageGraphQLApi {

    @Inject
    SegmentUsage usage;

    @Description("How many published cards target or exclude this segment.")
    public @NonNull List<@NonNull Integer> publishedCardCount(@Source List<Segment> segments) {
        Map<Long, Long> counts = usage.publishedCountBySegment(segments.stream().map(s -> s.dbId).collect(Collectors.toSet()));
        return segments.stream().map(s -> counts.getOrDefault(s.dbId, 0L).intValue()).toList();
    }

    @Description("The published cards pitched to this segment, by title.")
    public @NonNull List<@NonNull List<@NonNull FeatureCard>> cardsTargeting(@Source List<Segment> segments) {
        return publishedCards(segments, SegmentRole.TARGET);
    }

    @Description("The published cards NOT to pitch to this segment (it is among their anti-segments), by title.")
    public @NonNull List<@NonNull List<@NonNull FeatureCard>> cardsExcluding(@Source List<Segment> segments) {
        return publishedCards(segments, SegmentRole.ANTI);
    }

    private List<List<FeatureCard>> publishedCards(List<Segment> segments, SegmentRole role) {
        Map<Long, List<FeatureCard>> bySegment = usage.publishedCardsBySegment(
                segments.stream().map(s -> s.dbId).collect(Collectors.toSet()), role);
        return segments.stream().map(s -> bySegment.getOrDefault(s.dbId, List.<FeatureCard>of())).toList();
    }

    @Description("The cards that target or exclude the segment and that saving would flag for re-verification, by title; "
            + "empty when saving changes nothing or the segment is new.")
    public @NonNull List<@NonNull List<@NonNull FeatureCard>> cardsToReverify(@Source List<SegmentCriteriaPreview> previews) {
        Map<Long, List<FeatureCard>> bySegment = usage.cardsBySegment(previews.stream()
                .filter(p -> p.changesSegment).map(p -> p.segmentDbId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return previews.stream().map(p -> p.changesSegment && p.segmentDbId != null
                ? bySegment.getOrDefault(p.segmentDbId, List.of()) : List.<FeatureCard>of()).toList();
    }
}
