package com.example.portal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

import com.example.portal.graphql.BadRequestException;
import com.example.portal.graphql.Node;
import com.example.portal.graphql.NodeResolver;
import com.example.portal.graphql.PageRequest;
import com.example.portal.search.analysis.PortalAnalyzers;
import com.example.portal.search.api.SearchConnection;
import com.example.portal.search.api.SearchFilter;
import com.example.portal.search.api.SearchHit;
import com.example.portal.search.api.Suggestion;
import com.example.portal.search.api.TextMatch;

/**
 * Search over the index: the query ({@link SearchQueries}) with the glossary's current synonyms, the page of hits
 * with their highlights ({@link SearchHighlighter}) and facets ({@link FacetCounter}), the hits' objects from the read
 * model ({@link SearchNodes}), whole results kept per index generation ({@link SearchResultCache}); and suggestions.
 */
@ApplicationScoped
public class SearchService {

    static final int QUERY_MAX = 500;
    /** The query chain without glossary synonyms: what typo tolerance looks at. */
    private static final Analyzer PLAIN = PortalAnalyzers.query(List.of());
    /** What a suggestion shows: its stored texts are not read. */
    private static final Set<String> SUGGESTION_FIELDS = Set.of(IndexMapping.TITLE, IndexMapping.TYPE, IndexMapping.SLUG);

    @Inject
    SearchIndex index;

    @Inject
    Instance<SynonymSource> synonymSources;

    @Inject
    Instance<NodeResolver> resolvers;

    @Inject
    SearchGaps gaps;

    @Inject
    OutboxApplier applier;

    @Inject
    FacetCounter facetCounter;

    @Inject
    SearchResultCache results;

    @Inject
    StoredTexts storedTexts;

    @Inject
    SearchNodes nodes;

    private volatile Analyzer queryAnalyzer;
    private volatile long synonymsAt = -1;

    /**
     * Searches what the caller may read: everyone sees published content; restricted objects (drafts, cards in
     * review) only when allowed (roles come with the security work).
     */
    public SearchConnection search(String text, SearchFilter filter, PageRequest page, boolean seeRestricted, String role) {
        return search(text, filter, page, seeRestricted, role, Selected.ALL);
    }

    /**
     * What the client selected of a search: highlighting and facet counting are most of a search's cost, so they are
     * done only when their fields are asked for (the ranking does not depend on them); and hits are counted exactly
     * only when totalCount (or facets, which see every hit anyway) is asked for. Facets list the {@code facetValues}
     * most frequent values of each dimension: what the client shows, not the most there are.
     */
    public record Selected(boolean textMatches, boolean facets, boolean totalCount, int facetValues) {
        public static final Selected ALL = new Selected(true, true, true, FacetCounter.TOP);
    }

    /** As {@link #search(String, SearchFilter, PageRequest, boolean, String)}, doing only the selected work. */
    public SearchConnection search(String text, SearchFilter filter, PageRequest page, boolean seeRestricted, String role,
            Selected selected) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty() || q.length() > QUERY_MAX) {
            throw new BadRequestException("Argument 'query' must be 1 to " + QUERY_MAX + " characters.");
        }
        var key = SearchResultCache.Key.of(q, filter, page.offset(), page.limit(), seeRestricted, selected, index.generation());
        SearchConnection connection = results.get(key, () -> {
            SearchConnection found = search(q, filter, page, seeRestricted, selected);
            loadNodes(found.edges.stream().map(e -> e.node).toList(), seeRestricted);
            return found;
        });
        if (connection.totalCount == 0) {
            gaps.record(q, role);
        }
        return connection;
    }

    /** The search itself, on the current searcher: hits without their objects. */
    private SearchConnection search(String q, SearchFilter filter, PageRequest page, boolean seeRestricted, Selected selected) {
        Analyzer analyzer = queryAnalyzer();
        return index.withSearcher(searcher -> {
            // Rewritten once against this searcher: typo clauses become the index terms they stand for, so the search
            // does not expand them again and the highlighter reads offsets from the postings instead of re-analysing
            // every hit's text and rebuilding the typo automata for each hit and field (most of the time before).
            Query words = searcher.rewrite(SearchQueries.text(q, analyzer, PLAIN, searcher.getIndexReader()));
            Query query = SearchQueries.filtered(words, filter, seeRestricted);
            int depth = Math.max(1, page.offset() + page.limit());
            FacetsCollector facets = selected.facets() ? new FacetsCollector() : null;
            // Without facets, top-k counts exactly when totalCount is selected (threshold MAX_VALUE), and otherwise only
            // up to one hit past the page (enough for hasNextPage): beyond that it may skip documents that cannot
            // enter the top k. The hits, their order and scores are the same either way.
            int countUpTo = selected.totalCount() ? Integer.MAX_VALUE : depth + 1;
            TopDocs top = facets != null ? FacetsCollector.search(searcher, query, depth, facets)
                    : searcher.search(query, new TopScoreDocCollectorManager(depth, null, countUpTo));
            ScoreDoc[] slice = Arrays.copyOfRange(top.scoreDocs, Math.min(page.offset(), top.scoreDocs.length),
                    Math.min(page.offset() + page.limit(), top.scoreDocs.length));
            List<SearchHit> hits = hits(searcher, analyzer, words, slice, storedTexts, selected.textMatches());
            return new SearchConnection(page.of(hits, top.totalHits.value),
                    facets == null ? null : facetCounter.count(searcher.getIndexReader(), facets, selected.facetValues()));
        });
    }

    /** Card titles and glossary terms with a word starting with the prefix; earlier words must match whole. */
    public List<Suggestion> suggest(String prefix, int first, boolean seeRestricted) {
        List<String> words = SearchQueries.terms(PortalAnalyzers.words(), prefix == null ? "" : prefix);
        if (words.isEmpty() || prefix.length() > 100) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < words.size() - 1; i++) {
            query.add(new TermQuery(new Term(IndexMapping.SUGGEST, words.get(i))), Occur.MUST);
        }
        query.add(new PrefixQuery(new Term(IndexMapping.SUGGEST, words.get(words.size() - 1))), Occur.MUST);
        BooleanQuery.Builder types = new BooleanQuery.Builder();
        types.add(new TermQuery(new Term(IndexMapping.TYPE, SearchType.CARD.name())), Occur.SHOULD);
        types.add(new TermQuery(new Term(IndexMapping.TYPE, SearchType.GLOSSARY.name())), Occur.SHOULD);
        query.add(types.build(), Occur.FILTER);
        if (!seeRestricted) {
            query.add(new TermQuery(new Term(IndexMapping.VISIBLE, "all")), Occur.FILTER);
        }
        return index.withSearcher(searcher -> {
            List<Suggestion> suggestions = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), Math.max(1, Math.min(first, 20))).scoreDocs) {
                var doc = searcher.storedFields().document(hit.doc, SUGGESTION_FIELDS);
                suggestions.add(new Suggestion(doc.get(IndexMapping.TITLE), SearchType.valueOf(doc.get(IndexMapping.TYPE)),
                        doc.get(IndexMapping.SLUG)));
            }
            return suggestions;
        });
    }

    /**
     * A page of hits: type, id and slug from doc values (stored fields would decompress the texts again), and
     * highlights if asked for (otherwise textMatches stays null: the field was not selected).
     */
    static List<SearchHit> hits(IndexSearcher searcher, Analyzer analyzer, Query rewritten, ScoreDoc[] slice,
            StoredTexts texts, boolean highlight) throws IOException {
        List<List<TextMatch>> matches = highlight ? SearchHighlighter.textMatches(searcher, analyzer, rewritten, slice, texts)
                : null;
        SearchHit[] hits = new SearchHit[slice.length];
        // Doc values are read forward only: the hits in document order, one set of readers per segment.
        Integer[] byDoc = new Integer[slice.length];
        Arrays.setAll(byDoc, i -> i);
        Arrays.sort(byDoc, Comparator.comparingInt(i -> slice[i].doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        SortedDocValues types = null;
        SortedDocValues slugs = null;
        NumericDocValues ids = null;
        for (int i : byDoc) {
            if (leaf == null || slice[i].doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(slice[i].doc, leaves));
                types = DocValues.getSorted(leaf.reader(), IndexMapping.TYPE);
                slugs = DocValues.getSorted(leaf.reader(), IndexMapping.SLUG);
                ids = DocValues.getNumeric(leaf.reader(), IndexMapping.ID);
            }
            int doc = slice[i].doc - leaf.docBase;
            SearchHit hit = new SearchHit();
            hit.score = slice[i].score;
            hit.type = SearchType.valueOf(value(types, doc));
            hit.slug = value(slugs, doc);
            ids.advanceExact(doc);
            hit.dbId = ids.longValue();
            hit.textMatches = matches == null ? null : matches.get(i);
            hits[i] = hit;
        }
        return Arrays.asList(hits);
    }

    private static String value(SortedDocValues values, int doc) throws IOException {
        values.advanceExact(doc);
        return values.lookupOrd(values.ordValue()).utf8ToString();
    }

    /** The hits' objects, from the read model ({@link SearchNodes}), one batch per type for those it lacks. */
    private void loadNodes(List<SearchHit> hits, boolean seeRestricted) {
        Map<SearchType, List<Long>> ids = hits.stream().collect(Collectors.groupingBy(h -> h.type,
                Collectors.mapping(h -> h.dbId, Collectors.toList())));
        Map<SearchType, Map<Long, Node>> found = new HashMap<>();
        ids.forEach((type, list) -> found.put(type, nodes.find(type, list, seeRestricted, resolver(type))));
        hits.forEach(h -> h.node = found.get(h.type).get(h.dbId));
    }

    private NodeResolver resolver(SearchType type) {
        String name = switch (type) {
            case CARD -> "FeatureCard";
            case SEGMENT -> "Segment";
            case GLOSSARY -> "GlossaryTerm";
            case RELEASE -> "ReleaseNote";
        };
        return resolvers.stream().filter(r -> r.type().equals(name)).findFirst().orElseThrow();
    }

    /** The query analyzer with the glossary's current synonyms, rebuilt when the glossary changes. */
    private Analyzer queryAnalyzer() {
        long version = applier.glossaryVersion();
        if (queryAnalyzer == null || synonymsAt != version) {
            synchronized (this) {
                if (queryAnalyzer == null || synonymsAt != version) {
                    List<List<String>> groups = new ArrayList<>();
                    synonymSources.forEach(source -> groups.addAll(source.synonymGroups()));
                    queryAnalyzer = PortalAnalyzers.query(groups);
                    synonymsAt = version;
                }
            }
        }
        return queryAnalyzer;
    }

}
