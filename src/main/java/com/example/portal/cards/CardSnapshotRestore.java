package com.example.portal.cards;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.example.portal.graphql.InputCheck;
import com.example.portal.graphql.UserErrorCode;

/** Puts an older revision's (or a pending edit's) content on a card, unless something it refers to has been deleted since. */
@ApplicationScoped
class CardSnapshotRestore {

    @Inject
    CardReferenceData references;

    void apply(CardSnapshot s, FeatureCardEntity card, InputCheck check) {
        checkReferences(s, check);
        if (!check.hasErrors()) {
            copy(s, card);
        }
    }

    /** Refuses a snapshot naming a product, segment or glossary term that has been deleted since it was taken. */
    void checkReferences(CardSnapshot s, InputCheck check) {
        if (references.products(List.of(s.product())).isEmpty()) {
            check.add(UserErrorCode.NOT_FOUND, "The revision's product has been deleted since.", "revision");
        }
        Set<Long> segmentIds = new HashSet<>(s.targetSegments());
        segmentIds.addAll(s.antiSegments());
        if (references.segments(segmentIds).size() != segmentIds.size()) {
            check.add(UserErrorCode.NOT_FOUND, "A segment the revision names has been deleted since.", "revision");
        }
        if (references.glossaryTerms(s.glossaryTerms()).size() != s.glossaryTerms().size()) {
            check.add(UserErrorCode.NOT_FOUND, "A glossary term the revision names has been deleted since.", "revision");
        }
    }

    /** Sets the card's content to the snapshot's, without checks (also on a card object that is never stored). */
    static void copy(CardSnapshot s, FeatureCardEntity card) {
        card.title = s.title();
        card.summary = s.summary();
        card.body = s.body();
        card.productId = s.product();
        card.owner = s.owner();
        card.funnelStages = new ArrayList<>(s.funnelStages());
        card.tags = new ArrayList<>(s.tags());
        card.talkingPoints = new ArrayList<>(s.talkingPoints());
        replace(card.jobs, s.jobs());
        replace(card.objections, s.objections());
        card.segmentLinks.clear();
        s.targetSegments().forEach(id -> card.segmentLinks.add(new SegmentLinkValue(id, SegmentRole.TARGET)));
        s.antiSegments().forEach(id -> card.segmentLinks.add(new SegmentLinkValue(id, SegmentRole.ANTI)));
        card.glossaryTermIds.clear();
        card.glossaryTermIds.addAll(s.glossaryTerms());
        card.rolloutShare = s.rolloutShare() == null ? null : s.rolloutShare().setScale(2, RoundingMode.HALF_UP);
        card.rolloutStart = s.rolloutStart() == null ? null : LocalDate.parse(s.rolloutStart());
        card.rolloutOptOut = s.rolloutOptOut();
        card.verifyEveryDays = s.verifyEveryDays();
    }

    private static <T> void replace(List<T> current, List<T> wanted) {
        current.clear();
        current.addAll(wanted);
    }
}
