package com.example.portal.search.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.search.BoostAttribute;

/**
 * Queries only, after the glossary's synonyms: a word a synonym brought in counts {@link #ALIAS_WEIGHT} of a word the
 * user typed, unless it is a word of a glossary term's own name. A loose alias («купон» for «промокод», «аудитория» for
 * «сегмент») then ranks a document below one that says the term itself, while the term a user's alias stands for
 * still counts in full.
 */
final class AliasWeightFilter extends TokenFilter {

    static final float ALIAS_WEIGHT = 0.8f;

    private final CharArraySet termWords;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final BoostAttribute boost = addAttribute(BoostAttribute.class);

    AliasWeightFilter(TokenStream input, CharArraySet termWords) {
        super(input);
        this.termWords = termWords;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        boolean alias = SynonymGraphFilter.TYPE_SYNONYM.equals(type.type()) && !termWords.contains(term.buffer(), 0, term.length());
        boost.setBoost(alias ? ALIAS_WEIGHT : 1f);
        return true;
    }
}
