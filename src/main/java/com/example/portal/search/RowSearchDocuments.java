package com.example.portal.search;

import java.util.Collection;
import java.util.List;

import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * A {@link SearchDocumentSource} whose documents are the rows of one table, keyed by the column {@code id}: loads
 * them by id and in pages ordered by id, and leaves the feature only its repository and how its rows become documents.
 * The feature's bean passes its type and repository from its injecting constructor (as services pass theirs to
 * {@code database.SluggedService}).
 */
public abstract class RowSearchDocuments<E> implements SearchDocumentSource {

    private final SearchType type;
    private final PanacheRepositoryBase<E, Long> rows;

    /**
     * @param type the type of the documents
     * @param rows the feature's repository of the indexed rows
     */
    protected RowSearchDocuments(SearchType type, PanacheRepositoryBase<E, Long> rows) {
        this.type = type;
        this.rows = rows;
    }

    /** For the client proxy the container makes; it delegates every call, so it needs none of the fields. */
    protected RowSearchDocuments() {
        this(null, null);
    }

    /** The documents of these rows, which arrive together so that what they refer to can be loaded in one batch. */
    protected abstract List<SearchDocument> documents(List<E> rows);

    @Override
    public SearchType type() {
        return type;
    }

    @Override
    @Transactional
    public List<SearchDocument> load(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : documents(rows.list("id in ?1", ids));
    }

    @Override
    @Transactional
    public List<SearchDocument> page(long afterId, int size) {
        return documents(rows.find("id > ?1 order by id", afterId).page(0, size).list());
    }
}
