package com.example.portal.cards;

import java.util.Collection;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.example.portal.glossary.GlossaryService;
import com.example.portal.glossary.api.GlossaryTerm;
import com.example.portal.products.ProductService;
import com.example.portal.products.api.Product;
import com.example.portal.segments.SegmentService;
import com.example.portal.segments.api.Segment;

/**
 * The objects a card refers to (its product, its target and anti-segments, its glossary terms), from the services that
 * own them. Validation, mapping, the review diff, restore, search documents and the card's fields all ask this one
 * bean, so a new kind of reference is added here once instead of in each of them.
 */
@ApplicationScoped
public class CardReferenceData implements SlugIds {

    @Inject
    ProductService products;

    @Inject
    SegmentService segments;

    @Inject
    GlossaryService glossary;

    /** The products of these ids that exist, read from the database (writes, checks and indexing must see it). */
    public Map<Long, Product> products(Collection<Long> ids) {
        return products.byIds(ids);
    }

    /** The segments of these ids that exist, read from the database. */
    public Map<Long, Segment> segments(Collection<Long> ids) {
        return segments.byIds(ids);
    }

    /** The glossary terms of these ids that exist, read from the database. */
    public Map<Long, GlossaryTerm> glossaryTerms(Collection<Long> ids) {
        return glossary.byIds(ids);
    }

    /** The products as readers see them: from memory, at most a second old (see ProductService.forReaders). */
    public Map<Long, Product> productsForReaders(Collection<Long> ids) {
        return products.forReaders(ids);
    }

    /** The segments as readers see them: from memory, at most a second old (see SegmentService.forReaders). */
    public Map<Long, Segment> segmentsForReaders(Collection<Long> ids) {
        return segments.forReaders(ids);
    }

    /** Slugs resolved by one query against the database. */
    @Override
    public Map<String, Long> productIds(Collection<String> slugs) {
        return products.idsBySlugs(slugs);
    }

    @Override
    public Map<String, Long> segmentIds(Collection<String> slugs) {
        return segments.idsBySlugs(slugs);
    }

    @Override
    public Map<String, Long> glossaryTermIds(Collection<String> slugs) {
        return glossary.idsBySlugs(slugs);
    }
}
