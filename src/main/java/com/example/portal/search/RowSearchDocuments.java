package com.example.portal.search;

import java.util.Collection;
import java.util.List;

import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * A {@link SearchDocumentSource} whose documents are the rows of one table, keyed by the column {@code id}: loads
 * them by id and in pages ordered by id, and leaves the feature only its repository and how its rows become documents.
 * The feature's bean names its type in its no-argument constructor (a normal-scoped bean's client proxy needs one).
 */
public abstract class RowSearchDocuments<E> implements SearchDocumentSource {

    private final SearchType type;

    protected RowSearchDocuments(SearchType type) {
        this.type = type;
    }

    /** The feature's repository of the indexed rows. */
    protected abstract PanacheRepositoryBase<E, Long> rows();

    /** The documents of these rows, which arrive together so that what they refer to can be loaded in one batch. */
    protected abstract List<SearchDocument> documents(List<E> rows);

    @Override
    public SearchType type() {
        return type;
    }

    @Override
    @Transactional
    public List<SearchDocument> load(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : documents(rows().list("id in ?1", ids));
    }

    @Override
    @Transactional
    public List<SearchDocument> page(long afterId, int size) {
        return documents(rows().find("id > ?1 order by id", afterId).page(0, size).list());
    }
}
