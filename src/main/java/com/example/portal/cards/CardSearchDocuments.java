package com.example.portal.cards;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.example.portal.glossary.api.GlossaryTerm;
import com.example.portal.products.api.Product;
import com.example.portal.search.RowSearchDocuments;
import com.example.portal.search.SearchDocument;
import com.example.portal.search.SearchType;
import com.example.portal.segments.api.Segment;

/** Feature cards as search documents. Every card is indexed; only published ones are visible to all. */
@ApplicationScoped
class CardSearchDocuments extends RowSearchDocuments<FeatureCardEntity> {

    @Inject
    CardReferenceData references;

    @Inject
    CardSearchDocuments(FeatureCardRepository cards) {
        super(SearchType.CARD, cards);
    }

    @Override
    protected List<SearchDocument> documents(List<FeatureCardEntity> rows) {
        Map<Long, Product> productsById = references.products(rows.stream().map(c -> c.productId).collect(Collectors.toSet()));
        Map<Long, GlossaryTerm> termsById = references.glossaryTerms(rows.stream().flatMap(c -> c.glossaryTermIds.stream())
                .collect(Collectors.toSet()));
        Map<Long, Segment> segmentsById = references.segments(rows.stream()
                .flatMap(c -> c.segmentLinks.stream().filter(l -> l.role() == SegmentRole.TARGET).map(SegmentLinkValue::segmentId))
                .collect(Collectors.toSet()));
        return rows.stream().map(c -> new SearchDocument(SearchType.CARD, c.id, c.slug, c.status == CardStatus.PUBLISHED,
                c.title, List.of(),
                Stream.of(c.tags.stream(), productNames(productsById.get(c.productId)),
                        c.glossaryTermIds.stream().map(termsById::get).flatMap(t -> Stream.concat(Stream.of(t.term), t.aliases.stream())))
                        .flatMap(s -> s).toList(),
                join(Stream.concat(Stream.of(c.summary),
                        c.jobs.stream().map(j -> j.situation() + " " + j.motivation() + " " + j.outcome()))),
                join(Stream.concat(c.objections.stream().map(o -> o.objection() + " " + o.answer()), c.talkingPoints.stream())),
                c.body,
                Stream.concat(c.jobs.stream().map(j -> j.situation() + " " + j.motivation() + " " + j.outcome()),
                        c.objections.stream().map(o -> o.objection())).toList(),
                productsById.get(c.productId).slug,
                c.segmentLinks.stream().filter(l -> l.role() == SegmentRole.TARGET)
                        .map(l -> segmentsById.get(l.segmentId()).slug).toList(),
                List.copyOf(c.funnelStages), List.copyOf(c.tags))).toList();
    }

    /** The product's name and its slug in words («Аналитика найма», «analytics»): a card is also found by its product. */
    private static Stream<String> productNames(Product product) {
        return Stream.of(product.name, product.slug.replace('-', ' '));
    }

    private static String join(Stream<String> texts) {
        return texts.collect(Collectors.joining("\n"));
    }
}
