package com.example.portal.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Finding glossary terms in Russian text, on spellings taken from the sample glossary. */
class TermMatcherTest {

    private static final long CALL_TRACKING = 1;
    private static final long LEAD = 2;
    private static final long CONVERSION = 3;
    private static final long FUNNEL = 4;
    private static final long REFERRAL = 5;
    private static final long MISSED_CALLS = 6;
    private static final long CJM = 7;
    private static final long SQL = 8;
    private static final long CHURN = 9;
    private static final long ROI = 10;
    private static final long CROSS_SELL = 11;
    private static final long LOOK_ALIKE = 12;
    private static final long AB_TEST = 13;
    private static final long API = 14;

    private static final TermMatcher MATCHER = TermMatcher.of(List.of(
            new GlossaryEntry(CALL_TRACKING, "Колл-трекинг", List.of("коллтрекинг", "колл трекинг", "калтрекинг", "calltracking",
                    "call tracking", "отслеживание звонков")),
            new GlossaryEntry(LEAD, "Лид", List.of("lead", "leads", "лиды", "потенциальный клиент")),
            new GlossaryEntry(CONVERSION, "Конверсия", List.of("conversion", "CR", "коэффициент конверсии")),
            new GlossaryEntry(FUNNEL, "Воронка", List.of("funnel", "воронка продаж")),
            new GlossaryEntry(REFERRAL, "Реферальная программа", List.of("рефералка", "приведи друга", "referral program")),
            new GlossaryEntry(MISSED_CALLS, "Доля пропущенных звонков", List.of("пропущенные звонки", "доля пропущенных")),
            new GlossaryEntry(CJM, "CJM", List.of("customer journey map", "customer journey", "путь клиента")),
            new GlossaryEntry(SQL, "SQL", List.of("SQL-лид", "лид для продаж")),
            new GlossaryEntry(CHURN, "Отток", List.of("churn", "чёрн", "черн")),
            new GlossaryEntry(ROI, "ROI", List.of("окупаемость", "рои")),
            new GlossaryEntry(CROSS_SELL, "Кросс-продажа", List.of("cross-sell", "перекрёстная продажа")),
            new GlossaryEntry(LOOK_ALIKE, "Look-alike", List.of("похожая аудитория")),
            new GlossaryEntry(AB_TEST, "A/B-тест", List.of("аб-тест", "сплит-тест")),
            new GlossaryEntry(API, "API", List.of("апи"))));

    private record Found(long termId, String text) {
    }

    private static List<Found> found(String text) {
        return MATCHER.find(text).stream().map(h -> new Found(h.termId(), text.substring(h.start(), h.end()))).toList();
    }

    @Test
    void findsInflectedForms() {
        assertThat(found("Без колл-трекинга мы теряем лидов, а с конверсией в воронке всё хорошо"))
                .containsExactly(new Found(CALL_TRACKING, "колл-трекинга"), new Found(LEAD, "лидов"),
                        new Found(CONVERSION, "конверсией"), new Found(FUNNEL, "воронке"));
        assertThat(found("Работодатели с колл-трекингом, колл-трекингу, о лидах, лиду, воронки, воронкой"))
                .extracting(Found::termId).containsExactly(CALL_TRACKING, CALL_TRACKING, LEAD, LEAD, FUNNEL, FUNNEL);
    }

    @Test
    void findsAliasesMisspellingsAndTransliterations() {
        assertThat(found("Рефералка, calltracking, калтрекинг и CJM"))
                .containsExactly(new Found(REFERRAL, "Рефералка"), new Found(CALL_TRACKING, "calltracking"),
                        new Found(CALL_TRACKING, "калтрекинг"), new Found(CJM, "CJM"));
        assertThat(found("Подключите рефералку")).containsExactly(new Found(REFERRAL, "рефералку"));
    }

    @Test
    void ignoresCase() {
        assertThat(found("КОЛЛ-ТРЕКИНГ, cjm, Лиды, CallTracking")).extracting(Found::termId)
                .containsExactly(CALL_TRACKING, CJM, LEAD, CALL_TRACKING);
    }

    @Test
    void foldsYoToYeBothWays() {
        assertThat(found("перекрестная продажа и ПЕРЕКРЁСТНОЙ продажи")).containsExactly(
                new Found(CROSS_SELL, "перекрестная продажа"), new Found(CROSS_SELL, "ПЕРЕКРЁСТНОЙ продажи"));
        assertThat(found("Смотрим черн и чёрн")).extracting(Found::termId).containsExactly(CHURN, CHURN);
    }

    @Test
    void hyphenatedWordsMatchWrittenWithAHyphenASpaceOrTogether() {
        assertThat(found("колл-трекинг, колл трекинга, коллтрекингом, кросспродажи, кросс продажа, lookalike, look alike"))
                .extracting(Found::termId)
                .containsExactly(CALL_TRACKING, CALL_TRACKING, CALL_TRACKING, CROSS_SELL, CROSS_SELL, LOOK_ALIKE, LOOK_ALIKE);
        assertThat(found("По итогам A/B-теста и АБ-теста")).containsExactly(new Found(AB_TEST, "A/B-теста"),
                new Found(AB_TEST, "АБ-теста"));
    }

    @Test
    void matchesMultiWordTermsAsPhrases() {
        assertThat(found("Условия реферальной программы")).containsExactly(new Found(REFERRAL, "реферальной программы"));
        assertThat(found("У клиента высокая доля пропущенных звонков")).containsExactly(
                new Found(MISSED_CALLS, "доля пропущенных звонков"));
        // Markdown wraps lines inside phrases; a blank line or a full stop ends the phrase.
        assertThat(found("доли\nпропущенных звонков")).containsExactly(new Found(MISSED_CALLS, "доли\nпропущенных звонков"));
        assertThat(found("доля\n\nпропущенных звонков")).containsExactly(new Found(MISSED_CALLS, "пропущенных звонков"));
        assertThat(found("Программа лояльности. Реферальная программа")).containsExactly(
                new Found(REFERRAL, "Реферальная программа"));
        assertThat(found("реферальная и партнёрская программа")).isEmpty();
    }

    @Test
    void theLongestMatchWinsAndMatchesDoNotOverlap() {
        assertThat(found("Доля пропущенных звонков упала")).containsExactly(new Found(MISSED_CALLS, "Доля пропущенных звонков"));
        assertThat(found("Воронка продаж и customer journey map")).containsExactly(
                new Found(FUNNEL, "Воронка продаж"), new Found(CJM, "customer journey map"));
        assertThat(found("Передаём SQL-лидов в продажи")).containsExactly(new Found(SQL, "SQL-лидов"));
    }

    @Test
    void offsetsAreUtf16IndexesAsJavaScriptCountsThem() {
        String text = "👍 Нужен колл-трекинг 😀 и рефералка";
        List<TermHit> hits = MATCHER.find(text);
        // The emoji is one code point but two UTF-16 code units, so the term starts at 9, not 8.
        assertThat(hits).containsExactly(new TermHit(CALL_TRACKING, 9, 21), new TermHit(REFERRAL, 27, 36));
        assertThat(text.substring(9, 21)).isEqualTo("колл-трекинг");
    }

    @Test
    void doesNotMatchInsideOtherWords() {
        assertThat(found("База в MySQL, лидер рынка, API-шлюз")).containsExactly(new Found(API, "API"));
        assertThat(found("Колл-трекинговый номер")).isEmpty();
        assertThat(found("Выгрузка на https://example.com/calltracking и письмо на lead@example.com")).isEmpty();
    }

    @Test
    void shortStemsMatchOnlyNounFormsOfTheSameWord() {
        // Snowball cuts "чёрный" to "черн" and "рой" to "ро", the stems of churn's and ROI's transliterations.
        assertThat(found("Чёрный список, чёрной пятницы, пчелиный рой")).isEmpty();
        assertThat(found("Про апи и рои")).extracting(Found::termId).containsExactly(API, ROI);
        assertThat(found("лидов, лидами, долей пропущенных")).extracting(Found::termId).containsExactly(LEAD, LEAD, MISSED_CALLS);
    }

    @Test
    void latinWordsAreStemmedGently() {
        assertThat(found("leads, Conversions, funnels")).extracting(Found::termId).containsExactly(LEAD, CONVERSION, FUNNEL);
        // KStem, unlike Porter, keeps "conversation" apart from "conversion".
        assertThat(found("a conversation about conversions")).containsExactly(new Found(CONVERSION, "conversions"));
    }

    @Test
    void aTermsOwnNameOutranksAnotherTermsAlias() {
        TermMatcher matcher = TermMatcher.of(List.of(
                new GlossaryEntry(1, "Сегмент", List.of("аудитория")),
                new GlossaryEntry(2, "Аудитория", List.of())));
        assertThat(matcher.find("Целевая аудитория")).extracting(TermHit::termId).containsExactly(2L);
    }

    @Test
    void aJargonSpellingOutranksAPlainTermThatAlsoListsIt() {
        // The plain terms come first and keep the jargon as an alias for search; the jargon entries list it too.
        TermMatcher matcher = TermMatcher.of(List.of(
                new GlossaryEntry(1, "LTV", List.of("ценность клиента", "лтв")),
                new GlossaryEntry(2, "Допродажа", List.of("апсейл", "upsell")),
                new GlossaryEntry(3, "Лайфтайм", List.of("LTV", "лтв"), true),
                new GlossaryEntry(4, "Апсейл", List.of("upsell"), true)));
        assertThat(matcher.find("LTV и лтв, апсейлы и upsell; ценность клиента и допродажа")).extracting(TermHit::termId)
                .containsExactly(3L, 3L, 4L, 4L, 1L, 2L);
    }

    @Test
    void anEmptyGlossaryOrTextFindsNothing() {
        assertThat(TermMatcher.of(List.of()).find("колл-трекинг")).isEmpty();
        assertThat(MATCHER.find("")).isEmpty();
        assertThat(MATCHER.find("  , 42 🙂")).isEmpty();
    }
}
