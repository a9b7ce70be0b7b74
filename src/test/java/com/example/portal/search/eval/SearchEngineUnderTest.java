package com.example.portal.search.eval;

import java.util.List;

/**
 * The seam between the relevance harness and a search engine: the PostgreSQL baseline now, our Lucene search later.
 * The harness only needs a ranking, so engines are compared on exactly the same terms.
 */
@FunctionalInterface
public interface SearchEngineUnderTest {

    /**
     * The best {@code k} documents for the query, best first, as {@code type:slug} ids ({@code card:promo-codes},
     * {@code glossary:cac}); fewer when fewer match, never the same id twice.
     */
    List<String> search(String query, int k);
}
