package com.example.portal.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.example.portal.cards.api.TextChange;
import com.example.portal.cards.api.TextChangeKind;

/** The word-level diff the review queue shows: Russian words, punctuation, insertions, deletions, moves, empty sides. */
class WordDiffTest {

    private static final TextChangeKind SAME = TextChangeKind.UNCHANGED;
    private static final TextChangeKind ADDED = TextChangeKind.ADDED;
    private static final TextChangeKind REMOVED = TextChangeKind.REMOVED;

    /** Diffs the texts and checks the runs give both texts back, with no two neighbouring runs of one kind. */
    private static List<TextChange> diff(String before, String after) {
        List<TextChange> parts = WordDiff.between(before, after);
        assertThat(text(parts, ADDED)).as("unchanged and removed runs").isEqualTo(before);
        assertThat(text(parts, REMOVED)).as("unchanged and added runs").isEqualTo(after);
        for (int i = 1; i < parts.size(); i++) {
            assertThat(parts.get(i).kind()).as("run %d joins the one before", i).isNotEqualTo(parts.get(i - 1).kind());
        }
        assertThat(parts).allSatisfy(p -> assertThat(p.text()).isNotEmpty());
        return parts;
    }

    private static String text(List<TextChange> parts, TextChangeKind leftOut) {
        return parts.stream().filter(p -> p.kind() != leftOut).map(TextChange::text).collect(Collectors.joining());
    }

    private static List<String> runs(List<TextChange> parts, TextChangeKind kind) {
        return parts.stream().filter(p -> p.kind() == kind).map(TextChange::text).toList();
    }

    @Test
    void aChangedRussianWordDoesNotDragItsNeighboursIn() {
        assertThat(diff("Клиент теряет звонки кандидатов.", "Клиент пропускает звонки кандидатов."))
                .extracting(TextChange::kind, TextChange::text)
                .containsExactly(tuple(SAME, "Клиент "), tuple(REMOVED, "теряет"), tuple(ADDED, "пропускает"),
                        tuple(SAME, " звонки кандидатов."));
    }

    @Test
    void punctuationBelongsToItsWord() {
        // «Да,» and «Да» are different words: the comma's removal shows as the word replaced, the rest is unchanged.
        assertThat(diff("Да, можно отключить.", "Да можно отключить!"))
                .extracting(TextChange::kind, TextChange::text)
                .containsExactly(tuple(REMOVED, "Да,"), tuple(ADDED, "Да"), tuple(SAME, " можно "),
                        tuple(REMOVED, "отключить."), tuple(ADDED, "отключить!"));
    }

    @Test
    void anInsertedWordIsAddedAndNothingIsRemoved() {
        List<TextChange> parts = diff("Звонки по вакансиям видны сразу.", "Звонки кандидатов по вакансиям видны сразу.");
        assertThat(runs(parts, REMOVED)).isEmpty();
        assertThat(runs(parts, ADDED)).singleElement().satisfies(added -> assertThat(added.strip()).isEqualTo("кандидатов"));
    }

    @Test
    void aDeletedPhraseIsRemovedAndNothingIsAdded() {
        List<TextChange> parts = diff("Отчёт приходит в девять утра каждый день.", "Отчёт приходит каждый день.");
        assertThat(runs(parts, ADDED)).isEmpty();
        assertThat(runs(parts, REMOVED)).singleElement().satisfies(r -> assertThat(r.strip()).isEqualTo("в девять утра"));
    }

    @Test
    void aMovedWordIsRemovedInOnePlaceAndAddedInAnother() {
        List<TextChange> parts = diff("Звонки и отклики видны сразу.", "Отклики и звонки видны сразу.");
        assertThat(runs(parts, REMOVED)).isNotEmpty();
        // No move detection: the same words leave one place and arrive at another, and the rest stays unchanged.
        assertThat(words(runs(parts, REMOVED))).isEqualTo(words(runs(parts, ADDED)));
        assertThat(String.join("", runs(parts, SAME))).endsWith(" видны сразу.");
    }

    private static List<String> words(List<String> runs) {
        return runs.stream().flatMap(r -> List.of(r.strip().split("\\s+")).stream()).filter(w -> !w.isEmpty())
                .map(w -> w.toLowerCase(java.util.Locale.ROOT)).sorted().toList();
    }

    @Test
    void emptySidesAreOneAddedOrRemovedRun() {
        assertThat(diff("", "")).isEmpty();
        assertThat(diff("", "Новый текст\nв две строки.")).extracting(TextChange::kind, TextChange::text)
                .containsExactly(tuple(ADDED, "Новый текст\nв две строки."));
        assertThat(diff("Старый текст.", "")).extracting(TextChange::kind, TextChange::text).containsExactly(tuple(REMOVED, "Старый текст."));
    }

    @Test
    void equalTextsAreOneUnchangedRunAndSpacingChangesAreKept() {
        assertThat(diff("Без изменений, совсем.", "Без изменений, совсем.")).extracting(TextChange::kind, TextChange::text)
                .containsExactly(tuple(SAME, "Без изменений, совсем."));
        assertThat(diff("Первая строка.\nВторая.", "Первая строка.\n\nВторая.")).extracting(TextChange::kind, TextChange::text)
                .containsExactly(tuple(SAME, "Первая строка."), tuple(REMOVED, "\n"), tuple(ADDED, "\n\n"), tuple(SAME, "Вторая."));
    }
}
