package com.example.portal.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.search.BoostAttribute;
import org.junit.jupiter.api.Test;

/** The analysis of issue 18 on its own: names with digits, numbers in words, transliteration, roots, alias weight. */
class WordsRepsTypeTest {

    private static final Analyzer INDEX = PortalAnalyzers.index();
    private static final Analyzer QUERY = PortalAnalyzers.query(List.of(List.of("промокод", "купон", "код скидки")));

    @Test
    void aWordGluedToANumberIsFoundByEachPartAndWhole() throws IOException {
        assertThat(tokens(INDEX, "text", "Яндекс360")).containsExactly("яндекс360/1", "яндекс/0", "360/0");
        assertThat(tokens(QUERY, "text", "битрикс 24")).containsExactly("битрикс/1", "24/1");
    }

    @Test
    void codesStayWhole() throws IOException {
        assertThat(tokens(INDEX, "text", "выгрузка в 1С и B2B")).containsExactly("выгрузк/1", "1с/2", "b2b/2");
        assertThat(LetterDigitFilter.boundary("a1b2")).isNegative();
    }

    @Test
    void numberWordsInAnyCaseCarryTheirDigits() throws IOException {
        assertThat(tokens(QUERY, "text", "двадцати процентов")).containsExactly("двадцат/1", "20/0", "процент/1");
        assertThat(tokens(INDEX, "text", "из пяти шагов")).contains("5/0");
        assertThat(tokens(INDEX, "text", "пятьюдесятью")).contains("50/0");
        assertThat(tokens(QUERY, "text", "десяток")).contains("10/0");
        // «три» is a stop word; its digits are not, and keep its place.
        assertThat(tokens(QUERY, "text", "три дня")).containsExactly("3/1", "дня/1");
    }

    @Test
    void aNumberOfSeveralWordsOrDigitGroupsCarriesItsWholeDigits() throws IOException {
        assertThat(tokens(QUERY, "text", "сорок пять дней")).containsExactly("сорок/1", "40/0", "пят/1", "5/0", "45/0", "дне/1");
        assertThat(tokens(INDEX, "text", "двухсот тридцати")).contains("230/0");
        assertThat(tokens(QUERY, "text", "десять тысяч")).contains("10000/0");
        assertThat(tokens(QUERY, "text", "10 тысяч")).contains("10000/0");
        assertThat(tokens(INDEX, "text", "до 10 000 рублей")).containsExactly("10/2", "000/1", "10000/0", "рубл/1");
        // Words that do not make one number stay apart: two units, a noun of hundreds, a year beside a number.
        assertThat(tokens(QUERY, "text", "пять шесть")).containsExactly("пят/1", "5/0", "шест/1", "6/0");
        assertThat(tokens(QUERY, "text", "две сотни")).containsExactly("две/1", "2/0", "сотн/1", "100/0");
        assertThat(tokens(INDEX, "text", "2026 100")).containsExactly("2026/1", "100/1");
    }

    @Test
    void aLoanwordHasOneKeyInBothAlphabets() {
        assertThat(TransliterationKey.of("хабспот")).isEqualTo(TransliterationKey.of("hubspot")).isEqualTo("hbspt");
        assertThat(TransliterationKey.of("дашборд")).isEqualTo(TransliterationKey.of("dashboard"));
        assertThat(TransliterationKey.of("ретаргетинг")).isEqualTo(TransliterationKey.of("retargeting"));
        assertThat(TransliterationKey.of("вотсап")).isEqualTo(TransliterationKey.of("whatsapp"));
        assertThat(TransliterationKey.of("сейлзфорс")).isEqualTo(TransliterationKey.of("salesforce"));
        assertThat(TransliterationKey.of("кот")).isNull();
        assertThat(TransliterationKey.of("mql-лид")).isNull();
    }

    @Test
    void transliterationMatchesOnlyTheOtherAlphabetAndJoinsSplitNames() throws IOException {
        assertThat(tokens(INDEX, PortalAnalyzers.TRANSLITERATION, "HubSpot и дашборд")).containsExactly("lhbspt/1", "cdshbrd/2");
        assertThat(tokens(QUERY, PortalAnalyzers.TRANSLITERATION, "хабспот dashboard")).containsExactly("lhbspt/1", "cdshbrd/1");
        assertThat(tokens(QUERY, PortalAnalyzers.TRANSLITERATION, "сейлз форс")).containsExactly("lsls/1", "lfrs/1", "lslsfrs/0");
    }

    @Test
    void verbNounAndParticipleShareARoot() throws IOException {
        assertThat(roots("продлить")).isEqualTo(roots("продление")).isEqualTo(roots("продлевается"));
        assertThat(roots("настроил")).isEqualTo(roots("настраивает")).isEqualTo(roots("настройка"));
        assertThat(roots("отменённые")).isEqualTo(roots("отменяет"));
        assertThat(roots("подтвердить")).isEqualTo(roots("подтверждение"));
        assertThat(roots("вакансия")).isNotEqualTo(roots("ванна"));
    }

    @Test
    void anAliasCountsLessThanTheTermItStandsFor() throws IOException {
        assertThat(boosts(QUERY, "купон")).contains("промокод=1.0", "купон=1.0");
        assertThat(boosts(QUERY, "промокод")).contains("промокод=1.0", "купон=0.8");
    }

    private static List<String> roots(String word) throws IOException {
        return tokens(INDEX, PortalAnalyzers.ROOTS, word);
    }

    private static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
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

    private static List<String> boosts(Analyzer analyzer, String text) throws IOException {
        List<String> boosts = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            BoostAttribute boost = stream.addAttribute(BoostAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                boosts.add(term + "=" + String.format(Locale.ROOT, "%.1f", boost.getBoost()));
            }
            stream.end();
        }
        return boosts;
    }
}
