package com.example.portal.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** The analysis chains on their own: what a query and a document become, as {@code term/position increment}. */
class PortalAnalyzersTest {

    private static final Analyzer QUERY = PortalAnalyzers.query(List.of());
    private static final Analyzer INDEX = PortalAnalyzers.index();

    @Test
    void questionFramingWordsAreDroppedFromQueriesThatNameASubject() throws IOException {
        assertThat(tokens(QUERY, "кому предложить коллтрекинг")).containsExactly("коллтрекинг/3");
        assertThat(tokens(QUERY, "Клиент боится, что деньги спишут")).containsExactly("деньг/4", "спишут/1");
        assertThat(tokens(QUERY, "скидки новым клиентам")).containsExactly("скидк/1", "нов/1");
    }

    @Test
    void droppedWordsKeepTheirPositionsSoPhrasesDoNotCloseUp() throws IOException {
        assertThat(tokens(QUERY, "клиент теряет звонки")).containsExactly("теря/2", "звонк/1");
    }

    @Test
    void aQueryOfFramingWordsOnlyKeepsThem() throws IOException {
        assertThat(tokens(QUERY, "клиенту")).containsExactly("клиент/1");
        assertThat(tokens(QUERY, "кому предложить")).containsExactly("ком/1", "предлож/1");
    }

    @Test
    void documentsKeepFramingWords() throws IOException {
        assertThat(tokens(INDEX, "Клиент хочет оплатить сам")).containsExactly("клиент/1", "хочет/1", "оплат/1");
    }

    @Test
    void compoundsAndYoMeetInEverySpelling() throws IOException {
        assertThat(tokens(QUERY, "колл-трекинг")).containsExactly("коллтрекинг/1");
        assertThat(tokens(INDEX, "колл-трекинг")).containsExactly("колл/1", "коллтрекинг/0", "трекинг/1");
        assertThat(tokens(QUERY, "Ёлка")).isEqualTo(tokens(QUERY, "елка"));
        assertThat(tokens(INDEX, "Отменённые счета")).isEqualTo(tokens(INDEX, "отмененные счета"));
        assertThat(tokens(PortalAnalyzers.words(), "Отменённые ЁЖ")).containsExactly("отмененные/1", "еж/1");
        // Hyphens at a word's ends are not part of it; inside, any run of them joins two parts.
        assertThat(tokens(INDEX, "-колл--трекинг-")).containsExactly("колл/1", "коллтрекинг/0", "трекинг/1");
    }

    @Test
    void aTokenOfHyphensOnlyPassesThroughInsteadOfFailing() throws IOException {
        // A Markdown list ("- пункт") or a dash used to throw and fail the card's save after commit.
        List<String> indexed = tokens(INDEX, "- звонки -- и --- записи");
        assertThat(indexed).contains("звонк/1", "запис/1");
        assertThat(tokens(QUERY, "---")).doesNotContain("");
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + "/" + position.getPositionIncrement());
            }
            stream.end();
        }
        return tokens;
    }
}
