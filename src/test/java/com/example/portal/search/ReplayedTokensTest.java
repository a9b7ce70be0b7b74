package com.example.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

import com.example.portal.search.analysis.PortalAnalyzers;
import com.example.portal.search.eval.JudgedQueries;
import com.example.portal.search.eval.JudgedQuery;

/**
 * A query text analysed once and replayed for each text field gives the very queries that analysing it for each field
 * gives: for every judged query, with synonyms of one and of several words (graphs) and without any.
 */
class ReplayedTokensTest {

    private static final List<List<String>> SYNONYMS = List.of(
            List.of("колл-трекинг", "call tracking", "отслеживание звонков"),
            List.of("CRM", "црм", "система управления клиентами"),
            List.of("NPS", "индекс лояльности"),
            List.of("отток", "churn"));

    @Test
    void replayingGivesTheQueriesOfAnalysingPerField() {
        List<String> texts = new ArrayList<>(List.of("колл-трекинг для отдела продаж", "индекс лояльности NPS",
                "CRM и call tracking", "отток клиентов", "Яндекс360", "двадцать менеджеров"));
        for (String file : List.of("search/judged-queries.yaml", "search/held-out-queries.yaml",
                "search/judged-queries-reps-words.yaml")) {
            JudgedQueries.loadResource(file).stream().map(JudgedQuery::query).forEach(texts::add);
        }
        int compared = 0;
        for (List<List<String>> synonyms : List.of(SYNONYMS, List.<List<String>>of())) {
            Analyzer analyzer = PortalAnalyzers.query(synonyms);
            Replaying builder = new Replaying(analyzer);
            for (String text : texts) {
                ReplayedTokens tokens = ReplayedTokens.of(analyzer, IndexMapping.TITLE, text);
                for (String field : IndexMapping.TEXT_FIELDS) {
                    assertEquals(builder.createBooleanQuery(field, text, Occur.SHOULD),
                            builder.replay(tokens, field, Occur.SHOULD, false, 0), field + ": " + text);
                    assertEquals(builder.createPhraseQuery(field, text, 2), builder.replay(tokens, field, Occur.MUST, true, 2),
                            "phrase in " + field + ": " + text);
                    compared++;
                }
            }
        }
        assertTrue(compared > 1000, "compared " + compared);
    }

    private static final class Replaying extends QueryBuilder {
        Replaying(Analyzer analyzer) {
            super(analyzer);
        }

        Query replay(ReplayedTokens tokens, String field, Occur operator, boolean phrase, int slop) {
            return createFieldQuery(tokens, operator, field, phrase, slop);
        }
    }
}
