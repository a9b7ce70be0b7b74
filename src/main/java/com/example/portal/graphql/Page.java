package com.example.portal.graphql;

import java.util.List;
import java.util.function.BiFunction;

/**
 * One page of a list, with how many items the list has over all pages: what a connection is made of. Each feature's
 * connection type copies {@link #total}, {@link #edges} and {@link #pageInfo} into its own fields, which the schema
 * describes per type.
 */
public record Page<T>(PageRequest request, List<T> items, long total) {

    /** The page's items as edges, each with its cursor. */
    public <E> List<E> edges(BiFunction<T, String, E> edge) {
        return request.edges(items, edge);
    }

    public PageInfo pageInfo() {
        return request.pageInfo(items.size(), total);
    }
}
