package com.example.portal.glossary;

/** A glossary term found in a text, from start (inclusive) to end (exclusive), in UTF-16 indexes. */
record TermHit(long termId, int start, int end) {

    boolean covers(AnalyzedToken token) {
        return start <= token.start() && token.end() <= end;
    }
}
