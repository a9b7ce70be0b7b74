package com.example.portal.search.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class JudgedSplitTest {

    private static JudgedQuery query(String text) {
        return new JudgedQuery(text, QueryKind.RUSSIAN, Map.of("card:promo-codes", 3));
    }

    @Test
    void dependsOnTheTextOnlyNotOnCaseOrSurroundingSpace() {
        assertThat(JudgedSplit.heldOut(query("  Промокод "))).isEqualTo(JudgedSplit.heldOut(query("промокод")));
    }

    @Test
    void holdsOutAboutAThirdAndSplitsEveryQueryIntoExactlyOnePart() {
        List<JudgedQuery> all = IntStream.range(0, 3000).mapToObj(i -> query("запрос " + i)).toList();
        List<JudgedQuery> heldOut = JudgedSplit.heldOut(all);
        List<JudgedQuery> dev = JudgedSplit.dev(all);

        assertThat(heldOut.size() + dev.size()).isEqualTo(all.size());
        assertThat(heldOut).doesNotContainAnyElementsOf(dev);
        assertThat(heldOut.size()).isBetween(900, 1100);
    }

    @Test
    void isPinnedToTheDocumentedHash() {
        // Worked out outside Java (SHA-256, first four bytes as a signed big-endian int, floor modulo 3): a change to
        // the hash or the normalisation would silently move queries between the splits.
        assertThat(JudgedSplit.heldOut(query("промокод"))).isFalse();
        assertThat(JudgedSplit.heldOut(query("колл-трекинг"))).isFalse();
        assertThat(JudgedSplit.heldOut(query("хабспот"))).isTrue();
    }
}
