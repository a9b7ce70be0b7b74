package com.example.portal.glossary;

import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.example.portal.search.RowSearchDocuments;
import com.example.portal.search.SearchDocument;
import com.example.portal.search.SearchType;
import com.example.portal.search.SynonymSource;

/** Glossary terms as search documents: the term and its aliases weigh most. */
@ApplicationScoped
class GlossarySearchDocuments extends RowSearchDocuments<GlossaryTermEntity> implements SynonymSource {

    GlossaryTermRepository terms;

    @Inject
    GlossarySearchDocuments(GlossaryTermRepository terms) {
        super(SearchType.GLOSSARY, terms);
        this.terms = terms;
    }

    @Override
    protected List<SearchDocument> documents(List<GlossaryTermEntity> rows) {
        return rows.stream().map(GlossarySearchDocuments::document).toList();
    }

    private static SearchDocument document(GlossaryTermEntity t) {
        return new SearchDocument(SearchType.GLOSSARY, t.id, t.slug, true, t.term, List.copyOf(t.aliases), List.of(), t.definition,
                t.formula == null ? "" : t.formula, "", List.of(), null, List.of(), List.of(), List.of(), t.discouraged);
    }

    /** Every term with its aliases: the query-time synonyms of search. */
    @Override
    @Transactional
    public List<List<String>> synonymGroups() {
        return terms.listAll().stream().map(t -> Stream.concat(Stream.of(t.term), t.aliases.stream()).toList()).toList();
    }
}
