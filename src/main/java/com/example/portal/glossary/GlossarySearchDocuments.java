package com.example.portal.glossary;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.example.portal.search.SearchDocument;
import com.example.portal.search.SearchDocumentSource;
import com.example.portal.search.SearchType;
import com.example.portal.search.SynonymSource;

/** Glossary terms as search documents: the term and its aliases weigh most. */
@ApplicationScoped
class GlossarySearchDocuments implements SearchDocumentSource, SynonymSource {

    @Inject
    GlossaryTermRepository terms;

    @Override
    public SearchType type() {
        return SearchType.GLOSSARY;
    }

    @Override
    @Transactional
    public List<SearchDocument> load(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : terms.list("id in ?1", ids).stream().map(GlossarySearchDocuments::document).toList();
    }

    @Override
    @Transactional
    public List<SearchDocument> page(long afterId, int size) {
        return terms.find("id > ?1 order by id", afterId).page(0, size).list().stream()
                .map(GlossarySearchDocuments::document).toList();
    }

    private static SearchDocument document(GlossaryTermEntity t) {
        return new SearchDocument(SearchType.GLOSSARY, t.id, t.slug, true, t.term, List.copyOf(t.aliases), List.of(), t.definition,
                t.formula == null ? "" : t.formula, "", List.of(), null, List.of(), List.of(), List.of());
    }

    /** Every term with its aliases: the query-time synonyms of search. */
    @Override
    @Transactional
    public List<List<String>> synonymGroups() {
        return terms.listAll().stream().map(t -> java.util.stream.Stream.concat(java.util.stream.Stream.of(t.term),
                t.aliases.stream()).toList()).toList();
    }
}
