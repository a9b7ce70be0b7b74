package com.example.portal.content;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import com.example.portal.graphql.UserError;

/**
 * One kind of object the content directory holds (content/README.md): the name it is counted by, its files, and how
 * its feature's service exports all of them and imports each. {@link ContentKinds} lists them for the importer and
 * the exporter, so a new kind is added there once.
 */
record ContentKind<I>(String name, ContentFiles<I> files, Supplier<List<I>> exportAll, Upserts<I> upserts) {

    /**
     * The import of a kind's objects: prepared once per chunk of them that {@link ContentFiles#read} hands on (cards
     * look up what they name), then one by one.
     */
    @FunctionalInterface
    interface Upserts<I> {

        /** The upsert of one object of the chunk, which returns the problems found in it. */
        Function<I, List<UserError>> prepare(List<I> inputs);
    }
}
