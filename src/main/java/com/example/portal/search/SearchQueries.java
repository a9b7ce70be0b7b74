package com.example.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

import com.example.portal.search.analysis.PortalAnalyzers;
import com.example.portal.search.api.SearchFilter;

/**
 * How a search text becomes a Lucene query: field weights, glossary synonyms (in the query analyzer), typo
 * tolerance ranked below exact matches, the card bonus, filters and visibility. Plain Lucene, no framework types,
 * so the relevance harness can run exactly these queries against an index it builds itself.
 */
public final class SearchQueries {

    static final float ROOT_WEIGHT = 0.8f;
    static final float TRANSLITERATION_WEIGHT = 0.8f;
    /**
     * Title and aliases weigh most, then summary and jobs, then objections and talking points, then the body. A word
     * found only through its root or its transliteration counts least: below the same word found as typed anywhere.
     */
    static final Map<String, Float> WEIGHTS = Map.of(IndexMapping.TITLE, 4f, IndexMapping.ALIASES, 4f,
            IndexMapping.SUMMARY, 2f, IndexMapping.KEYWORDS, 1.5f, IndexMapping.PITCH, 1.5f, IndexMapping.BODY, 1f,
            IndexMapping.ROOTS, ROOT_WEIGHT, IndexMapping.TRANSLITERATION, TRANSLITERATION_WEIGHT);
    /** Near-phrase matches of the whole query on top: title and summary. */
    private static final Map<String, Float> PHRASE_WEIGHTS = Map.of(IndexMapping.TITLE, 2f, IndexMapping.SUMMARY, 1f);
    private static final int PHRASE_SLOP = 2;
    private static final float TIE_BREAKER = 0.2f;
    private static final float TYPO_WEIGHT = 0.7f;
    /**
     * What any matching card gets, plus {@link #CARD_COVERAGE_BONUS} shared out over the query's words: a card that
     * has all of them gets the whole 4 that every matching card used to get; one that has a single side word of a
     * longer query gets little more than half of it, so a definition or a segment that says the rest of the query can
     * come before it (measured on the dev split: 2 + 2 raised typo, jtbd, objection, translit and related, dropped
     * none; with a constant 4 any card sharing one word outranked them; 2 + 3 and 3 + 2 dropped hyphen and metric,
     * 1 + 3 anglicism).
     */
    private static final float CARD_BONUS = 2f;
    private static final float CARD_COVERAGE_BONUS = 2f;
    /** Glossary entries' scores are multiplied by this (see {@link #filtered}). */
    private static final float GLOSSARY_WEIGHT = 0.5f;
    /**
     * Discouraged documents' scores (jargon entries) are multiplied by this too (see {@link #filtered}). Measured on the
     * dev split: 0.7 to 0.8 put the proper term before its jargon entry (english 0.908 → 0.936, russian 0.946 → 0.970)
     * and dropped no kind; 0.25 to 0.6 pushed a jargon entry a query also wanted out of the first ten (anglicism).
     */
    private static final float DISCOURAGED_WEIGHT = 0.75f;
    /** The fields whose query analysis is the same: the query text is analysed once for all of them. */
    private static final Set<String> TEXT_FIELDS = Set.of(IndexMapping.TEXT_FIELDS);
    private static final String[] TYPO_FIELDS = {IndexMapping.TITLE, IndexMapping.ALIASES, IndexMapping.SUMMARY, IndexMapping.KEYWORDS};

    /**
     * What each word of the query beyond the first adds when one situation statement holds them all (see
     * {@link #situationCoverage}).
     */
    static final float SITUATION_WEIGHT = 2f;
    /** Longer queries are rare; their words past this many are not looked for within one situation. */
    private static final int SITUATION_WORDS = 8;

    private SearchQueries() {
    }

    /** The whole query: the text, the card bonus, visibility and the filters. */
    public static Query build(String text, Analyzer analyzer, Analyzer plain, IndexReader reader, SearchFilter filter,
            boolean seeRestricted) {
        return filtered(text(text, analyzer, plain, reader), filter, seeRestricted);
    }

    /**
     * Term-centric scoring: each word of the query (or each run of words a glossary synonym covers) scores by the
     * field it matches best, plus a small share of the others (a per-word DisjunctionMax with a tie-breaker), and the
     * words add up. A word found in a title and again in a list of aliases no longer counts twice, and a document
     * matching more of the query's words beats one matching one word in many fields. {@code analyzer} expands glossary
     * synonyms; typo matches are looked for on the {@code plain} words only.
     */
    static Query text(String q, Analyzer analyzer, Analyzer plain, IndexReader reader) {
        TermLookups lookups = TermLookups.on(reader);
        AlternativesAsDisjunction builder = new AlternativesAsDisjunction(analyzer, lookups);
        ReplayedTokens tokens = ReplayedTokens.of(analyzer, IndexMapping.TITLE, q);
        Map<String, List<Query>> byField = new LinkedHashMap<>();
        for (String field : WEIGHTS.keySet()) {
            Query fieldQuery = TEXT_FIELDS.contains(field) ? builder.fieldQuery(tokens, field, Occur.SHOULD, false, 0)
                    : builder.createBooleanQuery(field, q, Occur.SHOULD);
            if (fieldQuery != null) {
                byField.put(field, positions(fieldQuery));
            }
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        // The fields analysed alike have a clause per word of the query. A field analysed otherwise (roots and
        // transliteration keys can differ where a synonym spans words) counts whole, not word by word.
        int positions = byField.containsKey(IndexMapping.TITLE) ? byField.get(IndexMapping.TITLE).size() : 1;
        float cardShare = CARD_COVERAGE_BONUS / Math.max(1, positions);
        for (int i = 0; i < positions; i++) {
            List<Query> perField = new ArrayList<>();
            for (Map.Entry<String, List<Query>> field : byField.entrySet()) {
                List<Query> clauses = field.getValue();
                if (clauses.size() == positions) {
                    perField.add(new BoostQuery(clauses.get(i), WEIGHTS.get(field.getKey())));
                } else if (i == 0) {
                    query.add(new BoostQuery(whole(clauses), WEIGHTS.get(field.getKey())), Occur.SHOULD);
                }
            }
            if (!perField.isEmpty()) {
                query.add(CardBonus.add(new DisjunctionMaxQuery(perField, TIE_BREAKER), cardShare), Occur.SHOULD);
            }
        }
        for (Map.Entry<String, Float> phrase : PHRASE_WEIGHTS.entrySet()) {
            Query near = builder.fieldQuery(tokens, phrase.getKey(), Occur.MUST, true, PHRASE_SLOP);
            if (near != null && !(near instanceof TermQuery) && !(near instanceof SynonymQuery)) {
                query.add(new BoostQuery(near, phrase.getValue()), Occur.SHOULD);
            }
        }
        situationCoverage(query, analyzer, q);
        // Typos: a longer word the index does not know at all is most likely misspelt, so its spellings one or two edits
        // away count, a little below an exact match. Words the index knows are taken as typed: looking for their
        // neighbours too ranked no better on the judged set and cost most of the query time.
        for (String term : terms(plain, q)) {
            if (term.length() >= 5) {
                int edits = term.length() >= 8 ? 2 : 1;
                if (known(lookups, term)) {
                    continue;
                }
                List<Query> perField = new ArrayList<>();
                TypoTerms.byField(reader, term, edits, TYPO_FIELDS)
                        .forEach((field, spellings) -> perField.add(new BoostQuery(spellings, WEIGHTS.get(field))));
                if (perField.isEmpty()) {
                    // A word the short fields have no spelling of may be one that only a body says («ретаргентинг»):
                    // looked for there only then: the body holds most of the index's terms, the costliest to look through.
                    TypoTerms.byField(reader, term, edits, IndexMapping.BODY)
                            .forEach((field, spellings) -> perField.add(new BoostQuery(spellings, WEIGHTS.get(field))));
                }
                if (!perField.isEmpty()) {
                    query.add(CardBonus.add(new BoostQuery(new DisjunctionMaxQuery(perField, TIE_BREAKER), TYPO_WEIGHT),
                            cardShare), Occur.SHOULD);
                }
            }
        }
        return query.build();
    }

    /**
     * Situations first: a query that says a client's situation or objection in other words shares several words with
     * the statement that says it, and only one or two, scattered over tags and titles, with other documents. For each
     * number of the query's distinct roots from two up, a document with that many of them within one situation
     * statement (one value of {@link IndexMapping#SITUATIONS}; values are further apart than any statement is long)
     * gets {@link #SITUATION_WEIGHT}, counted from all the query's words less one up: the more of the query one statement
 * says, the higher it ranks.
     */
    private static void situationCoverage(BooleanQuery.Builder query, Analyzer analyzer, String q) {
        IntervalsSource[] words = positions(analyzer, IndexMapping.SITUATIONS, q).stream().distinct().limit(SITUATION_WORDS)
                .map(forms -> forms.size() == 1 ? Intervals.term(forms.get(0))
                        : Intervals.or(forms.stream().map(Intervals::term).toArray(IntervalsSource[]::new)))
                .toArray(IntervalsSource[]::new);
        // Only statements that say all the query, or all but one word of it: two shared words of a longer query were
        // as often a side remark as the situation (measured on the dev split).
        for (int covered = Math.max(2, words.length - 1); covered <= words.length; covered++) {
            IntervalsSource together = Intervals.maxwidth(PortalAnalyzers.SITUATION_GAP, Intervals.atLeast(covered, words));
            query.add(new BoostQuery(new ConstantScoreQuery(new IntervalQuery(IndexMapping.SITUATIONS, together)),
                    SITUATION_WEIGHT), Occur.SHOULD);
        }
    }

    /** The clauses of a field's query, one per position of the query (or per run of words a synonym covers). */
    private static List<Query> positions(Query fieldQuery) {
        if (fieldQuery instanceof BooleanQuery bool && bool.clauses().stream().allMatch(c -> c.getOccur() == Occur.SHOULD)) {
            return bool.clauses().stream().map(c -> c.getQuery()).toList();
        }
        return List.of(fieldQuery);
    }

    private static Query whole(List<Query> clauses) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        clauses.forEach(c -> all.add(c, Occur.SHOULD));
        return all.build();
    }

    private static boolean known(TermLookups lookups, String term) {
        if (lookups == null) {
            return true;
        }
        for (String field : IndexMapping.TEXT_FIELDS) {
            if (lookups.docFreq(new Term(field, term)) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a glossary synonym offers several spellings of the same words («колл-трекинг», «call tracking»,
     * «отслеживание звонков»), a document scores by the best one it contains, not by the sum of all: otherwise the
     * glossary entry that lists every alias would outrank the card that explains the feature.
     */
    private static final class AlternativesAsDisjunction extends QueryBuilder {
        private final TermLookups lookups;

        AlternativesAsDisjunction(Analyzer analyzer, TermLookups lookups) {
            super(analyzer);
            this.lookups = lookups;
        }

        /** The field's query from tokens analysed once for all the text fields; a phrase when {@code phrase}. */
        Query fieldQuery(ReplayedTokens tokens, String field, Occur operator, boolean phrase, int slop) {
            return createFieldQuery(tokens, operator, field, phrase, slop);
        }

        @Override
        protected Query newTermQuery(Term term, float boost) {
            Query query = TermLookups.termQuery(lookups, term);
            return boost == 1f ? query : new BoostQuery(query, boost);
        }

        @Override
        protected Query newGraphSynonymQuery(Iterator<Query> queries) {
            List<Query> alternatives = new ArrayList<>();
            queries.forEachRemaining(alternatives::add);
            return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
        }
    }

    static Query filtered(Query text, SearchFilter filter, boolean seeRestricted) {
        // A glossary entry is short and lists every spelling of its term, so it matches a term's name better than the
        // card that explains the feature; reps want the card first and the definition next to it.
        text = FunctionScoreQuery.boostByQuery(text, new TermQuery(new Term(IndexMapping.TYPE, SearchType.GLOSSARY.name())),
                GLOSSARY_WEIGHT);
        // A jargon entry lists the proper term's names among its spellings so that the jargon is caught in texts; a rep who
        // types those names wants the proper term's definition first, the note against the jargon after it.
        text = FunctionScoreQuery.boostByQuery(text, new TermQuery(new Term(IndexMapping.DISCOURAGED, "yes")), DISCOURAGED_WEIGHT);
        BooleanQuery.Builder base = new BooleanQuery.Builder().add(text, Occur.MUST);
        // Cards are what reps come for; a short glossary definition would otherwise outrank the card that explains it.
        // The rest of the card bonus is in the text query (CardBonus on each word): it grows with the share of the query matched.
        base.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(IndexMapping.TYPE, SearchType.CARD.name()))),
                CARD_BONUS), Occur.SHOULD);
        if (!seeRestricted) {
            base.add(new TermQuery(new Term(IndexMapping.VISIBLE, "all")), Occur.FILTER);
        }
        if (filter != null && filter.type != null) {
            base.add(new TermQuery(new Term(IndexMapping.TYPE, filter.type.name())), Occur.FILTER);
        }
        DrillDownQuery drill = new DrillDownQuery(IndexMapping.FACETS, base.build());
        if (filter != null) {
            addDrill(drill, IndexMapping.FACET_PRODUCT, filter.productSlug);
            addDrill(drill, IndexMapping.FACET_SEGMENT, filter.segmentSlug);
            addDrill(drill, IndexMapping.FACET_STAGE, filter.funnelStage == null ? null : filter.funnelStage.name());
            addDrill(drill, IndexMapping.FACET_TAG, filter.tag);
        }
        return drill;
    }

    /** An empty value names no facet (Lucene refuses it as a path), so it matches nothing, as in the card list. */
    private static void addDrill(DrillDownQuery drill, String dim, String value) {
        if (value != null && value.isEmpty()) {
            drill.add(dim, new MatchNoDocsQuery());
        } else if (value != null) {
            drill.add(dim, value);
        }
    }

    /** The terms of a text, grouped by position: a number word and its digits are one word of the query. */
    private static List<List<String>> positions(Analyzer analyzer, String field, String text) {
        List<List<String>> positions = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (increment.getPositionIncrement() > 0 || positions.isEmpty()) {
                    positions.add(new ArrayList<>());
                }
                positions.get(positions.size() - 1).add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return positions;
    }

    static List<String> terms(Analyzer analyzer, String text) {
        return terms(analyzer, "q", text);
    }

    private static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString().toLowerCase(Locale.ROOT));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
