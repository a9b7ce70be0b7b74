package com.example.portal.search;

import io.smallrye.graphql.api.ErrorCode;

/** Search was asked before the index is ready (first start, or a rebuild of a missing index). */
@ErrorCode("SEARCH_UNAVAILABLE")
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException() {
        super("The search index is being built; try again in a few seconds.");
    }
}
