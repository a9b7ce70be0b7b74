package com.example.portal.releases;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.example.portal.cards.FeatureCardService;
import com.example.portal.search.SearchDocument;
import com.example.portal.search.SearchDocumentSource;
import com.example.portal.search.SearchType;

/** Release notes as search documents. */
@ApplicationScoped
class ReleaseSearchDocuments implements SearchDocumentSource {

    @Inject
    ReleaseNoteRepository notes;

    @Inject
    FeatureCardService cards;

    @Override
    public SearchType type() {
        return SearchType.RELEASE;
    }

    @Override
    @Transactional
    public List<SearchDocument> load(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : documents(notes.list("id in ?1", ids));
    }

    @Override
    @Transactional
    public List<SearchDocument> page(long afterId, int size) {
        return documents(notes.find("id > ?1 order by id", afterId).page(0, size).list());
    }

    /** A note is published while its card is: a note about a draft card must not reach sales. */
    private List<SearchDocument> documents(List<ReleaseNoteEntity> list) {
        Set<Long> publishedCards = cards.publishedAmong(list.stream().map(n -> n.cardId).filter(Objects::nonNull).toList());
        return list.stream().map(n -> document(n, n.cardId == null || publishedCards.contains(n.cardId))).toList();
    }

    private static SearchDocument document(ReleaseNoteEntity n, boolean published) {
        return new SearchDocument(SearchType.RELEASE, n.id, n.slug, published, n.title, List.of(), List.of(), n.text, "", "", List.of(), null, List.of(),
                List.of(), List.of());
    }
}
