package com.example.portal.search;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

import com.example.portal.search.analysis.WordTerms;

/**
 * A developer's tool, not a test: what writing a document into the index costs, on the texts of an index a run left
 * behind (the argument, e.g. a benchmark's target/bench-work/10000-8/search-index), read back from its stored fields
 * into search documents (a summary's sentences stand in for the situations, which are not stored) and written into a
 * new index in a temporary directory on this thread, which keeps words as a rebuild's writing threads do. Prints per round the CPU time of this thread and the bytes it
 * allocated per document (allocation does not depend on how busy the machine is). {@code -Dprobe.rounds=N} (3; the
 * first warms the JIT up). Run like {@link SearchCostProbe}.
 */
final class IndexWriteProbe {

    public static void main(String[] args) throws Exception {
        Path dir = SearchCostProbe.newestIndex(Path.of(args[0]));
        List<SearchDocument> docs = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            StoredFields stored = reader.storedFields();
            for (int i = 0; i < reader.maxDoc(); i++) {
                Document d = stored.document(i);
                docs.add(new SearchDocument(SearchType.valueOf(d.get(IndexMapping.TYPE)), i, d.get(IndexMapping.SLUG), true,
                        d.get(IndexMapping.TITLE), Arrays.asList(d.getValues(IndexMapping.ALIASES)),
                        Arrays.asList(d.getValues(IndexMapping.KEYWORDS)), d.get(IndexMapping.SUMMARY), d.get(IndexMapping.PITCH),
                        d.get(IndexMapping.BODY), SearchDocument.sentences(d.get(IndexMapping.SUMMARY)), "p", List.of("s"),
                        List.of("f"), List.of("t")));
            }
        }
        System.out.printf("%d documents from %s%n", docs.size(), dir);
        var thread = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        WordTerms.attachToCurrentThread(); // as a rebuild's writing threads do
        for (int round = 0; round < Integer.getInteger("probe.rounds", 3); round++) {
            Path into = Files.createTempDirectory("index-write-probe");
            long cpu = thread.getCurrentThreadCpuTime();
            long allocated = thread.getCurrentThreadAllocatedBytes();
            try (IndexWriter writer = new IndexWriter(FSDirectory.open(into),
                    SearchIndex.writerConfig(IndexWriterConfig.OpenMode.CREATE))) {
                for (SearchDocument doc : docs) {
                    writer.addDocument(IndexMapping.toLucene(doc));
                }
                writer.commit();
            }
            cpu = thread.getCurrentThreadCpuTime() - cpu;
            allocated = thread.getCurrentThreadAllocatedBytes() - allocated;
            IOUtils.rm(into);
            System.out.printf("round %d: %d ms CPU of this thread, %.3f ms and %.1f kB allocated per document%n", round,
                    cpu / 1_000_000, cpu / 1e6 / docs.size(), allocated / 1024.0 / docs.size());
        }
    }
}
