package com.example.portal.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.TextField;
import org.junit.jupiter.api.Test;

/**
 * A text read once for three fields ({@link PortalAnalyzers#indexed}) gives each field the very tokens the index
 * analyzer gives it: terms, position increments, offsets and the final offset, for every line of the sample content
 * and the words that exercise each filter, with the dictionary-free and the test's dictionary stemming, whichever of
 * the three fields is read first, with each field's stream reused from text to text.
 */
class IndexedTextTest {

    private static final List<String> EDGES = List.of("", "   ", "Яндекс360 и Контур.Диадок", "A/B-тест, АБ-тестирование",
            "колл-трекинг для отдела продаж", "двадцать пять менеджеров, 20 менеджеров, десяток", "HubSpot, хабспот, Salesforce",
            "продлить продление настроил настраивает настройка отменённые", "и в на", "CRM-системы 1С:Предприятие 8.3",
            "notifications телеграм retargeting ретаргетинг", "Ёлка ёжик ЁЛКА");

    @Test
    void eachFieldGetsTheTokensItsAnalyzerGives() throws Exception {
        List<String> texts = new ArrayList<>(EDGES);
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                texts.addAll(Files.readAllLines(file));
            }
        }
        assertThat(texts).hasSizeGreaterThan(500);
        int tokens = 0;
        // As the index writer does, the stream of each field is passed back to be reused for the next text, here
        // across both stemmings too; first in a thread that keeps no words, then in one that does (a writing thread's),
        // where each stemming's second pass reads every word from what the first kept.
        TokenStream[] reuse = new TokenStream[4];
        tokens += checkEveryText(texts, reuse);
        // A thread of its own, as ParallelWrites' are: the test's thread keeps no map after this test.
        FutureTask<Integer> keepingWords = new FutureTask<>(() -> {
            WordTerms.attachToCurrentThread();
            return checkEveryText(texts, reuse);
        });
        Thread writer = new Thread(keepingWords, "word-keeping-writer");
        writer.start();
        try {
            tokens += keepingWords.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof AssertionError failed ? failed : new AssertionError(e.getCause());
        }
        assertThat(tokens).isGreaterThan(40_000);
    }

    private static int checkEveryText(List<String> texts, TokenStream[] reuse) throws IOException {
        int tokens = 0;
        for (PortalAnalyzers.Stemming stemming : List.of(PortalAnalyzers.SNOWBALL, RussianLemmaFilter.MORFOLOGIK)) {
            Analyzer index = PortalAnalyzers.index(stemming);
            for (String text : Stream.concat(texts.stream(), texts.stream()).toList()) {
                IndexedText indexed = PortalAnalyzers.indexed(text, stemming);
                List<String> roots = tokens(reuse[1] = indexed.roots(PortalAnalyzers.ROOTS, TextField.TYPE_NOT_STORED)
                        .tokenStream(null, reuse[1]));
                List<String> situation = tokens(reuse[3] = indexed.roots(PortalAnalyzers.SITUATIONS, TextField.TYPE_NOT_STORED)
                        .tokenStream(null, reuse[3]));
                List<String> words = tokens(reuse[0] = indexed.words("body", TextField.TYPE_NOT_STORED).tokenStream(null, reuse[0]));
                List<String> transliteration = tokens(
                        reuse[2] = indexed.transliteration(TextField.TYPE_NOT_STORED).tokenStream(null, reuse[2]));
                assertThat(words).as("words of «%s»", text).isEqualTo(tokens(index.tokenStream("body", text)));
                assertThat(roots).as("roots of «%s»", text).isEqualTo(tokens(index.tokenStream(PortalAnalyzers.ROOTS, text)));
                assertThat(transliteration).as("transliteration of «%s»", text)
                        .isEqualTo(tokens(index.tokenStream(PortalAnalyzers.TRANSLITERATION, text)));
                assertThat(situation).as("situation «%s»", text)
                        .isEqualTo(tokens(index.tokenStream(PortalAnalyzers.SITUATIONS, text)));
                tokens += words.size() + roots.size() + transliteration.size();
            }
        }
        return tokens;
    }

    /** Each token as term/position increment/start-end, then the final offset. */
    private static List<String> tokens(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + "/" + position.getPositionIncrement() + "/" + offset.startOffset() + "-" + offset.endOffset());
            }
            stream.end();
            out.add("end " + offset.endOffset() + " +" + position.getPositionIncrement());
        }
        return out;
    }
}
