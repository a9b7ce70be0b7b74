package com.example.portal.cards;

import java.util.Collection;
import java.util.Map;

/** Where a card's product, segment and glossary slugs become ids: the database, or what an import looked up at once. */
interface SlugIds {

    Map<String, Long> productIds(Collection<String> slugs);

    Map<String, Long> segmentIds(Collection<String> slugs);

    Map<String, Long> glossaryTermIds(Collection<String> slugs);
}
