package com.example.portal.graphql;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One page of a list, with how many items the list has over all pages: what a connection is made of. Each feature's
 * connection type takes it in its constructor: {@link Connection} keeps {@link #total} and {@link #pageInfo}, the
 * subclass its typed {@link #edges}.
 */
public record Page<T>(PageRequest request, List<T> items, long total) {

    /** The page's items as edges, each with its cursor. */
    public <E> List<E> edges(BiFunction<T, String, E> edge) {
        return request.edges(items, edge);
    }

    /** The same page with each item turned into another, e.g. a row into its API type (only this page's rows). */
    public <R> Page<R> map(Function<T, R> item) {
        return new Page<>(request, items.stream().map(item).toList(), total);
    }

    public PageInfo pageInfo() {
        return request.pageInfo(items.size(), total);
    }
}
