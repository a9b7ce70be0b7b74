package com.example.portal.search;

import java.util.Collection;
import java.util.List;

/** Each feature with searchable objects loads them as index documents, by id and all at once (rebuilds). */
public interface SearchDocumentSource {

    SearchType type();

    /** The documents of the given ids that still exist; a missing id is removed from the index. */
    List<SearchDocument> load(Collection<Long> ids);

    /** One page of all documents, ordered by id, after the given id (0 for the first page). */
    List<SearchDocument> page(long afterId, int size);
}
