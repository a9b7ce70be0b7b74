package com.example.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Texts are kept per segment and document number, survive a refresh, and are read again only when not kept. */
class StoredTextsTest {

    @TempDir
    Path dir;

    @Test
    void keepsEachSegmentsDocumentsApartAndAcrossRefreshes() throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.addDocument(doc("first segment"));
            writer.commit();
            writer.addDocument(doc("second segment"));
            writer.commit();
            StoredTexts texts = new StoredTexts(1_000);
            List<Integer> loads = new ArrayList<>();
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                assertThat(reader.leaves()).hasSize(2);
                assertThat(text(texts, reader, 0, loads)).isEqualTo("first segment");
                assertThat(text(texts, reader, 1, loads)).isEqualTo("second segment");
                assertThat(text(texts, reader, 0, loads)).isEqualTo("first segment");
                assertThat(loads).containsExactly(0, 1);
                writer.addDocument(doc("third segment"));
                try (DirectoryReader refreshed = DirectoryReader.openIfChanged(reader, writer)) {
                    assertThat(text(texts, refreshed, 1, loads)).isEqualTo("second segment");
                    assertThat(text(texts, refreshed, 2, loads)).isEqualTo("third segment");
                    assertThat(loads).containsExactly(0, 1, 2);
                }
            }
            StoredTexts off = new StoredTexts(0);
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                List<Integer> uncached = new ArrayList<>();
                text(off, reader, 0, uncached);
                text(off, reader, 0, uncached);
                assertThat(uncached).containsExactly(0, 0);
            }
        }
    }

    private static String text(StoredTexts texts, DirectoryReader reader, int doc, List<Integer> loads) throws IOException {
        return texts.of(reader, doc, d -> {
            loads.add(d);
            return new CharSequence[] {reader.storedFields().document(d).get("text")};
        })[0].toString();
    }

    private static Document doc(String text) {
        Document doc = new Document();
        doc.add(new StoredField("text", text));
        doc.add(new Field("body", text, org.apache.lucene.document.TextField.TYPE_NOT_STORED));
        return doc;
    }
}
