package com.example.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ParallelWrites on a real index on disk: every document written once, from several threads, and failures surface. */
class ParallelWritesTest {

    @TempDir
    Path dir;

    @Test
    void everyDocumentIsWrittenOnceWhateverThePagesAndThreads() throws IOException {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        AtomicInteger counted = new AtomicInteger();
        try (FSDirectory directory = FSDirectory.open(dir);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new RussianAnalyzer()))) {
            try (ParallelWrites<Integer> writes = new ParallelWrites<>(3)) {
                for (int page = 0; page < 10; page++) {
                    List<Integer> ids = IntStream.range(page * 97, page * 97 + 97).boxed().toList();
                    writes.submit(ids, id -> {
                        threads.add(Thread.currentThread().getName());
                        writer.addDocument(document(id));
                    }, counted::addAndGet);
                }
                writes.finish();
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.numDocs()).isEqualTo(970);
            }
        }
        assertThat(counted).hasValue(970);
        assertThat(threads).hasSize(3).allMatch(name -> name.startsWith("search-index-write-"));
    }

    @Test
    void aFailedWriteIsThrownToTheCallerAsItWas() {
        IOException full = new IOException("No space left on device");
        assertThatThrownBy(() -> {
            try (ParallelWrites<Integer> writes = new ParallelWrites<>(2)) {
                writes.submit(List.of(1, 2, 3, 4), id -> {
                    if (id == 3) {
                        throw full;
                    }
                }, n -> { });
                writes.finish();
            }
        }).isSameAs(full);
    }

    @Test
    void noSettingMeansOneThreadPerCore() {
        assertThat(ParallelWrites.threadsFor(0)).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(ParallelWrites.threadsFor(3)).isEqualTo(3);
    }

    private static Document document(int id) {
        Document doc = new Document();
        doc.add(new StringField("id", Integer.toString(id), Field.Store.YES));
        doc.add(new TextField("body", "Отслеживание звонков номер " + id, Field.Store.NO));
        return doc;
    }
}
