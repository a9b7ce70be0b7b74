package com.example.portal.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 per distinct term, times the position norm), computed without Lucene's per-call
 * {@code BytesRefHash}: that allocates a 32 KB block pool for every candidate passage of every field of every hit and
 * was the largest single cost of highlighting in the benchmark's profile. A passage holds a handful of matches, so
 * finding the distinct terms by comparing them pairwise is cheaper. Same terms in the same order, same arithmetic:
 * the same scores, so the same fragments.
 */
final class PassageScoring extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        // distinct[k] is the index of the k-th distinct term's first match; inPassage[k] how often it occurs here.
        int[] distinct = new int[matches];
        int[] inPassage = new int[matches];
        int count = 0;
        for (int i = 0; i < matches; i++) {
            int k = 0;
            while (k < count && !terms[distinct[k]].bytesEquals(terms[i])) {
                k++;
            }
            if (k == count) {
                distinct[count++] = i;
            }
            inPassage[k]++;
        }
        double score = 0;
        for (int k = 0; k < count; k++) {
            score += tf(inPassage[k], passage.getLength()) * weight(contentLength, freqsInDoc[distinct[k]]);
        }
        return (float) (score * norm(passage.getStartOffset()));
    }
}
