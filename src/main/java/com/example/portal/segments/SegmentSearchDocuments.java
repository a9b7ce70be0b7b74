package com.example.portal.segments;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.example.portal.search.SearchDocument;
import com.example.portal.search.SearchDocumentSource;
import com.example.portal.search.SearchType;

/** Segments as search documents: found by their name and description. */
@ApplicationScoped
class SegmentSearchDocuments implements SearchDocumentSource {

    @Inject
    SegmentRepository segments;

    @Override
    public SearchType type() {
        return SearchType.SEGMENT;
    }

    @Override
    @Transactional
    public List<SearchDocument> load(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : segments.list("id in ?1", ids).stream().map(SegmentSearchDocuments::document).toList();
    }

    @Override
    @Transactional
    public List<SearchDocument> page(long afterId, int size) {
        return segments.find("id > ?1 order by id", afterId).page(0, size).list().stream()
                .map(SegmentSearchDocuments::document).toList();
    }

    private static SearchDocument document(SegmentEntity s) {
        return new SearchDocument(SearchType.SEGMENT, s.id, s.slug, true, s.name, List.of(), List.of(), s.description, "", "",
                SearchDocument.sentences(s.description), null,
                List.of(s.slug), List.of(), List.of());
    }
}
