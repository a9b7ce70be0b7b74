package com.example.portal.cards;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.example.portal.cards.api.CreateFeatureCardInput;
import com.example.portal.cards.api.FeatureCard;
import com.example.portal.cards.api.FeatureCardConnection;
import com.example.portal.cards.api.FeatureCardFilter;
import com.example.portal.cards.api.FeatureCardOrder;
import com.example.portal.cards.api.FeatureCardPayload;
import com.example.portal.cards.api.UpdateFeatureCardInput;
import com.example.portal.glossary.GlossaryAnnotator;
import com.example.portal.glossary.api.GlossaryMention;
import com.example.portal.glossary.api.GlossaryTerm;
import com.example.portal.glossary.api.JargonWarning;
import com.example.portal.graphql.DeleteInput;
import com.example.portal.graphql.DeletePayload;
import com.example.portal.graphql.PageRequest;
import com.example.portal.products.api.Product;
import com.example.portal.segments.api.Segment;
import com.example.portal.security.Allowed;
import com.example.portal.security.Role;

@GraphQLApi
@Allowed({ Role.SALES, Role.MARKETING, Role.PM })
public class FeatureCardGraphQLApi {

    @Inject
    FeatureCardService service;

    @Inject
    CardReferenceData references;

    @Inject
    GlossaryAnnotator annotator;

    @Query("featureCard")
    @Description("One feature card by global id or by slug (give exactly one); null when there is none.")
    public FeatureCard featureCard(@Id @Description("Global id.") String id, @Description("Slug.") String slug) {
        return service.lookup(id, slug);
    }

    @Query("featureCards")
    @Description("Feature cards matching a filter, a page at a time.")
    public @NonNull FeatureCardConnection featureCards(
            @Description("Page size, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("Cursor of the item after which the page starts.") String after,
            @Description("Which cards; all when left out.") FeatureCardFilter filter,
            @Description("Ordering; most recently changed first when left out.") FeatureCardOrder orderBy) {
        return service.list(PageRequest.of(first, after), filter, orderBy);
    }

    @Description("The product the card belongs to.")
    public @NonNull List<@NonNull Product> product(@Source List<FeatureCard> cards) {
        Map<Long, Product> byId = references.productsForReaders(cards.stream().map(c -> c.productDbId).collect(Collectors.toSet()));
        return cards.stream().map(c -> byId.get(c.productDbId)).toList();
    }

    @Description("Segments to pitch the feature to.")
    public @NonNull List<@NonNull List<@NonNull Segment>> targetSegments(@Source List<FeatureCard> cards) {
        return segmentsOf(cards, c -> c.targetSegmentDbIds);
    }

    @Description("Segments NOT to pitch the feature to.")
    public @NonNull List<@NonNull List<@NonNull Segment>> antiSegments(@Source List<FeatureCard> cards) {
        return segmentsOf(cards, c -> c.antiSegmentDbIds);
    }

    @Description("Glossary terms the card uses.")
    public @NonNull List<@NonNull List<@NonNull GlossaryTerm>> glossaryTerms(@Source List<FeatureCard> cards) {
        Map<Long, GlossaryTerm> byId = references.glossaryTerms(all(cards, c -> c.glossaryTermDbIds));
        return cards.stream().map(c -> c.glossaryTermDbIds.stream().map(byId::get).toList()).toList();
    }

    @Description("Every glossary term in the card's title, summary, body, jobs, talking points and objections, with the field "
            + "and offsets, so a frontend can show plain definitions on hover. Found in the text, whether or not glossaryTerms lists it.")
    public @NonNull List<@NonNull List<@NonNull GlossaryMention>> glossaryMentions(@Source List<FeatureCard> cards) {
        return annotator.mentions(cards.stream().map(CardTexts::of).toList());
    }

    @Description("Jargon in the card's texts: Latin-script words no glossary term explains, and glossary terms marked as ones "
            + "to avoid, each with every place it occurs. The same warnings come back when a card is published.")
    public @NonNull List<@NonNull List<@NonNull JargonWarning>> jargon(@Source List<FeatureCard> cards) {
        return annotator.jargon(cards.stream().map(CardTexts::of).toList());
    }

    private List<List<Segment>> segmentsOf(List<FeatureCard> cards, Function<FeatureCard, List<Long>> ids) {
        Map<Long, Segment> byId = references.segmentsForReaders(all(cards, ids));
        return cards.stream().map(c -> ids.apply(c).stream().map(byId::get).toList()).toList();
    }

    private static Set<Long> all(List<FeatureCard> cards, Function<FeatureCard, List<Long>> ids) {
        return cards.stream().flatMap(c -> ids.apply(c).stream()).collect(Collectors.toSet());
    }

    @Allowed(Role.PM)
    @Mutation("createFeatureCard")
    @Description("Creates a feature card.")
    public @NonNull FeatureCardPayload createFeatureCard(@NonNull @Description("The new card.") CreateFeatureCardInput input) {
        return service.create(input);
    }

    @Allowed(Role.PM)
    @Mutation("updateFeatureCard")
    @Description("Changes a feature card.")
    public @NonNull FeatureCardPayload updateFeatureCard(@NonNull @Description("The changes.") UpdateFeatureCardInput input) {
        return service.update(input);
    }

    @Allowed(Role.ADMIN)
    @Mutation("deleteFeatureCard")
    @Description("Deletes a feature card that no evidence or release note refers to; archive it to keep its history.")
    public @NonNull DeletePayload deleteFeatureCard(@NonNull @Description("Which card.") DeleteInput input) {
        return service.delete(input);
    }
}
