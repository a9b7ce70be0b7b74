package com.example.portal.segments;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.example.portal.search.RowSearchDocuments;
import com.example.portal.search.SearchDocument;
import com.example.portal.search.SearchType;

/** Segments as search documents: found by their name and description. */
@ApplicationScoped
class SegmentSearchDocuments extends RowSearchDocuments<SegmentEntity> {

    @Inject
    SegmentSearchDocuments(SegmentRepository segments) {
        super(SearchType.SEGMENT, segments);
    }

    @Override
    protected List<SearchDocument> documents(List<SegmentEntity> rows) {
        return rows.stream().map(SegmentSearchDocuments::document).toList();
    }

    private static SearchDocument document(SegmentEntity s) {
        return new SearchDocument(SearchType.SEGMENT, s.id, s.slug, true, s.name, List.of(), List.of(), s.description, "", "",
                SearchDocument.sentences(s.description), null,
                List.of(s.slug), List.of(), List.of());
    }
}
