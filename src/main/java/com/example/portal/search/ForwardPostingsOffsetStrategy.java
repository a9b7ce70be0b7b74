package com.example.portal.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's offsets-from-postings strategy for one field of one highlighting call, reading each query term's postings
 * once per index segment and moving them forward hit by hit. Lucene's own seeks every term in a new terms enum and opens
 * a new postings enum for every hit: in the benchmark's allocation profile those two were about a quarter of all the
 * portal allocated, for a page of 20 hits. The hits of a field come in increasing doc order within a segment; when
 * they do not (or the segment or the terms change), the postings are opened again, which is what Lucene does for every
 * hit. Same terms, same offsets, so the same fragments ({@code ForwardPostingsOffsetStrategyTest}).
 */
final class ForwardPostingsOffsetStrategy extends PostingsOffsetStrategy {

    private Terms openedFor;
    private BytesRef[] openedTerms;
    private PostingsEnum[] postings;
    private int lastDoc = -1;

    ForwardPostingsOffsetStrategy(UHComponents components) {
        super(components);
    }

    @Override
    protected void createOffsetsEnumsForTerms(BytesRef[] sourceTerms, Terms termsIndex, int doc, List<OffsetsEnum> results)
            throws IOException {
        if (termsIndex != openedFor || sourceTerms != openedTerms || doc <= lastDoc) {
            open(sourceTerms, termsIndex);
        }
        lastDoc = doc;
        for (int i = 0; i < sourceTerms.length; i++) {
            PostingsEnum termPostings = postings[i];
            if (termPostings == null) {
                continue;
            }
            int at = termPostings.docID() < doc ? termPostings.advance(doc) : termPostings.docID();
            if (at == doc) {
                results.add(new OffsetsEnum.OfPostings(sourceTerms[i], termPostings));
            }
        }
    }

    private void open(BytesRef[] sourceTerms, Terms termsIndex) throws IOException {
        openedFor = termsIndex;
        openedTerms = sourceTerms;
        postings = new PostingsEnum[sourceTerms.length];
        TermsEnum terms = termsIndex.iterator();
        for (int i = 0; i < sourceTerms.length; i++) {
            if (terms.seekExact(sourceTerms[i])) {
                postings[i] = terms.postings(null, PostingsEnum.OFFSETS);
                if (postings[i] == null) {
                    throw new IllegalArgumentException("field '" + getField() + "' was indexed without offsets, cannot highlight");
                }
            }
        }
    }
}
