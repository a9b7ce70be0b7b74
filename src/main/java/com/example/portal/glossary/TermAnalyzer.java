package com.example.portal.glossary;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Splits a text into words and stems them, the same way for glossary spellings and for the texts searched, so
 * that "колл-трекинга" and "колл-трекинг" meet. Words are split at hyphens and slashes; URLs and e-mail addresses
 * stay whole. Russian words get the Snowball stemmer; Latin words KStem, which keeps "conversation" apart from
 * "conversion" and "ats" apart from "at", unlike Porter. Thread-safe, like every Lucene analyzer.
 */
final class TermAnalyzer extends Analyzer {

    private static final NormalizeCharMap YO = yo();

    private static NormalizeCharMap yo() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        builder.add("ё", "е");
        builder.add("Ё", "Е");
        return builder.build();
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        // A one-to-one character mapping, so offsets still point into the original text.
        return new MappingCharFilter(YO, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        UAX29URLEmailTokenizer tokenizer = new UAX29URLEmailTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new SnowballFilter(stream, new RussianStemmer());
        stream = new KStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    List<AnalyzedToken> analyze(String text) {
        List<AnalyzedToken> tokens = new ArrayList<>();
        try (TokenStream stream = tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                int start = offset.startOffset();
                int end = offset.endOffset();
                boolean link = UAX29URLEmailTokenizer.TOKEN_TYPES[UAX29URLEmailTokenizer.URL].equals(type.type())
                        || UAX29URLEmailTokenizer.TOKEN_TYPES[UAX29URLEmailTokenizer.EMAIL].equals(type.type());
                tokens.add(new AnalyzedToken(term.toString(), AnalyzedToken.fold(text.substring(start, end)), start, end, link));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a string cannot fail", e);
        }
        return tokens;
    }
}
