package com.example.portal.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Jargon in a card's texts: discouraged glossary terms and Latin-script words the glossary does not explain. */
class JargonCheckTest {

    private static final long CRM = 1;
    private static final long JTBD = 2;
    private static final long SHIP = 3;
    private static final long FEEDBACK = 4;
    private static final long AB_TEST = 5;

    private static final TermMatcher MATCHER = TermMatcher.of(List.of(
            new GlossaryEntry(CRM, "CRM", List.of("CRM-система", "црм")),
            new GlossaryEntry(JTBD, "JTBD", List.of("Jobs To Be Done")),
            new GlossaryEntry(SHIP, "Зашипить", List.of("шипнуть", "зашипили", "ship")),
            new GlossaryEntry(FEEDBACK, "Фидбэк", List.of("фидбек", "feedback")),
            new GlossaryEntry(AB_TEST, "A/B-тест", List.of("аб-тест"))));
    private static final Set<Long> DISCOURAGED = Set.of(SHIP, FEEDBACK);

    private static List<JargonFinding> check(FieldText... texts) {
        return JargonCheck.check(MATCHER, DISCOURAGED, List.of(texts));
    }

    private static FieldText field(String name, String text) {
        return new FieldText(List.of(name), text);
    }

    @Test
    void flagsDiscouragedTermsAndUnknownLatinWordsInTextOrder() {
        String body = "Фичу зашипили в срок, onboarding и look-alike настроили по JTBD, лиды уходят в CRM-систему; фидбэк собираем.";
        List<JargonFinding> findings = check(field("body", body));
        assertThat(findings).extracting(JargonFinding::kind, JargonFinding::text, JargonFinding::termId).containsExactly(
                tuple(JargonWarningKind.DISCOURAGED_TERM, "зашипили", SHIP),
                tuple(JargonWarningKind.UNKNOWN_LATIN_WORD, "onboarding", null),
                tuple(JargonWarningKind.UNKNOWN_LATIN_WORD, "look-alike", null),
                tuple(JargonWarningKind.DISCOURAGED_TERM, "фидбэк", FEEDBACK));
        assertThat(findings.get(2).occurrences()).containsExactly(new TextSpan(List.of("body"), body.indexOf("look-alike"), body.indexOf(" настроили")));
    }

    @Test
    void reportsEachWordOnceWithEveryPlaceItOccurs() {
        List<JargonFinding> findings = check(
                field("title", "Roadmap на квартал"),
                new FieldText(List.of("talkingPoints", "1"), "Покажите клиенту roadmap и ROADMAP"));
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).text()).isEqualTo("Roadmap");
        assertThat(findings.get(0).occurrences()).containsExactly(new TextSpan(List.of("title"), 0, 7),
                new TextSpan(List.of("talkingPoints", "1"), 17, 24), new TextSpan(List.of("talkingPoints", "1"), 27, 34));
    }

    @Test
    void latinWordsInsideAGlossaryMatchLinksAndSingleLettersAreNotJargon() {
        assertThat(check(field("body", "По итогам A/B-теста, см. https://wiki.example.com/ab и пишите на pm@example.com; вариант B, "
                + "шаг 2a. Jobs To Be Done."))).isEmpty();
    }

    @Test
    void aDiscouragedLatinAliasIsReportedAsTheDiscouragedTerm() {
        assertThat(check(field("summary", "Ship it, give feedback")))
                .extracting(JargonFinding::kind, JargonFinding::text)
                .containsExactly(tuple(JargonWarningKind.DISCOURAGED_TERM, "Ship"),
                        tuple(JargonWarningKind.UNKNOWN_LATIN_WORD, "it"),
                        tuple(JargonWarningKind.UNKNOWN_LATIN_WORD, "give"),
                        tuple(JargonWarningKind.DISCOURAGED_TERM, "feedback"));
    }

    @Test
    void plainRussianHasNoJargon() {
        assertThat(check(field("summary", "Работодатель видит пропущенные звонки и перезванивает в тот же день."))).isEmpty();
    }
}
