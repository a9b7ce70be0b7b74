package com.example.portal.releases;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.example.portal.search.SearchDocument;
import com.example.portal.search.SearchDocumentSource;
import com.example.portal.search.SearchType;

/** Release notes as search documents. */
@ApplicationScoped
class ReleaseSearchDocuments implements SearchDocumentSource {

    @Inject
    ReleaseNoteRepository notes;

    @Override
    public SearchType type() {
        return SearchType.RELEASE;
    }

    @Override
    @Transactional
    public List<SearchDocument> load(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : notes.list("id in ?1", ids).stream().map(ReleaseSearchDocuments::document).toList();
    }

    @Override
    @Transactional
    public List<SearchDocument> page(long afterId, int size) {
        return notes.find("id > ?1 order by id", afterId).page(0, size).list().stream()
                .map(ReleaseSearchDocuments::document).toList();
    }

    private static SearchDocument document(ReleaseNoteEntity n) {
        return new SearchDocument(SearchType.RELEASE, n.id, n.slug, true, n.title, List.of(), List.of(), n.text, "", "", null, List.of(),
                List.of(), List.of());
    }
}
