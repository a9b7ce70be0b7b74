package com.example.portal.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.example.portal.cards.api.FeatureCard;
import com.example.portal.evidence.api.Evidence;
import com.example.portal.feedback.api.CardFeedback;
import com.example.portal.glossary.api.GlossaryTerm;
import com.example.portal.pitch.api.SavedClientProfile;
import com.example.portal.products.api.Product;
import com.example.portal.releases.api.ReleaseNote;
import com.example.portal.segments.api.Segment;

/** IdentifiedObject encodes ids with the class's simple name: each type's TYPE, which its service decodes with, must be it. */
class IdentifiedObjectTest {

    @Test
    void everyTypeDecodesTheIdsItsObjectsEncode() {
        Map<IdentifiedObject, String> types = Map.of(new FeatureCard(), FeatureCard.TYPE, new Evidence(), Evidence.TYPE,
                new CardFeedback(), CardFeedback.TYPE, new GlossaryTerm(), GlossaryTerm.TYPE, new SavedClientProfile(),
                SavedClientProfile.TYPE, new Product(), Product.TYPE, new ReleaseNote(), ReleaseNote.TYPE, new Segment(),
                Segment.TYPE);
        types.forEach((object, type) -> {
            object.dbId = 42;
            assertThat(GlobalId.decode(object.getId(), type)).as(type).isEqualTo(Optional.of(42L));
        });
    }
}
