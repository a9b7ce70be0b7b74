package com.example.portal.cards;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The ids a chunk of an import's cards name, looked up once for all of them: the products, segments and glossary terms
 * they reference and which of these cards already exist. Looking each card's up separately cost five round trips per
 * card. Valid inside the import's transaction only.
 */
public final class CardImportLookups implements SlugIds {

    private final Map<String, Long> products;
    private final Map<String, Long> segments;
    private final Map<String, Long> glossaryTerms;
    final Map<String, Long> cards;

    CardImportLookups(Map<String, Long> products, Map<String, Long> segments, Map<String, Long> glossaryTerms,
            Map<String, Long> cards) {
        this.products = products;
        this.segments = segments;
        this.glossaryTerms = glossaryTerms;
        this.cards = new HashMap<>(cards);
    }

    @Override
    public Map<String, Long> productIds(Collection<String> slugs) {
        return pick(products, slugs);
    }

    @Override
    public Map<String, Long> segmentIds(Collection<String> slugs) {
        return pick(segments, slugs);
    }

    @Override
    public Map<String, Long> glossaryTermIds(Collection<String> slugs) {
        return pick(glossaryTerms, slugs);
    }

    private static Map<String, Long> pick(Map<String, Long> ids, Collection<String> slugs) {
        Map<String, Long> found = new HashMap<>();
        for (String slug : slugs) {
            Long id = ids.get(slug);
            if (id != null) {
                found.put(slug, id);
            }
        }
        return found;
    }
}
