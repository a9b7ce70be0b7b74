package com.example.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Our passage scoring must give Lucene's scores exactly, or highlights would pick other fragments. */
class PassageScoringTest {

    @Test
    void scoresEveryPassageAsLuceneDoes() {
        Random random = new Random(15);
        PassageScorer lucene = new PassageScorer();
        PassageScoring ours = new PassageScoring();
        String[] words = {"звонок", "звонки", "пропущенный", "crm", "автодозвон", "клиент"};
        for (int round = 0; round < 2_000; round++) {
            Passage passage = new Passage();
            int start = random.nextInt(5_000);
            passage.setStartOffset(start);
            passage.setEndOffset(start + 1_000);
            int end = start;
            int matches = random.nextInt(12);
            // A passage at most 1,000 characters long, as addMatch requires matches inside it.
            for (int i = 0; i < matches; i++) {
                end += 1 + random.nextInt(30);
                BytesRef term = new BytesRef(words[random.nextInt(words.length)]);
                passage.addMatch(end, end + term.length, term, 1 + random.nextInt(30));
                end += term.length;
            }
            passage.setEndOffset(end + 1 + random.nextInt(50));
            int contentLength = passage.getEndOffset() + random.nextInt(20_000);
            assertThat(ours.score(passage, contentLength)).as("round %d", round).isEqualTo(lucene.score(passage, contentLength));
        }
    }
}
