package com.example.portal.releases;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.example.portal.cards.FeatureCardService;
import com.example.portal.search.RowSearchDocuments;
import com.example.portal.search.SearchDocument;
import com.example.portal.search.SearchType;

/** Release notes as search documents. */
@ApplicationScoped
class ReleaseSearchDocuments extends RowSearchDocuments<ReleaseNoteEntity> {

    @Inject
    FeatureCardService cards;

    @Inject
    ReleaseSearchDocuments(ReleaseNoteRepository notes) {
        super(SearchType.RELEASE, notes);
    }

    /** A note is published while its card is: a note about a draft card must not reach sales. */
    @Override
    protected List<SearchDocument> documents(List<ReleaseNoteEntity> list) {
        Set<Long> publishedCards = cards.publishedAmong(list.stream().map(n -> n.cardId).filter(Objects::nonNull).toList());
        return list.stream().map(n -> document(n, n.cardId == null || publishedCards.contains(n.cardId))).toList();
    }

    private static SearchDocument document(ReleaseNoteEntity n, boolean published) {
        return new SearchDocument(SearchType.RELEASE, n.id, n.slug, published, n.title, List.of(), List.of(), n.text, "", "", List.of(), null, List.of(),
                List.of(), List.of());
    }
}
