package com.example.portal.search;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;

import com.example.portal.search.analysis.PortalAnalyzers;

/**
 * A developer's tool, not a test: what writing documents into an index costs, on the texts of an index a run left
 * behind (its stored fields, read back into search documents): analysing each field alone, then whole documents into a
 * new in-memory index. CPU time of this thread.
 */
final class IndexWriteProbe {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path dir;
        try (Stream<Path> dirs = Files.list(root)) {
            dir = dirs.filter(p -> p.getFileName().toString().startsWith("index-")).max(Path::compareTo).orElseThrow();
        }
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
        var cpu = ManagementFactory.getThreadMXBean();
        Analyzer index = SearchIndex.writerConfig(org.apache.lucene.index.IndexWriterConfig.OpenMode.CREATE).getAnalyzer();
        for (int round = 0; round < Integer.getInteger("probe.rounds", 3); round++) {
            long[] byField = new long[4];
            long tokens = 0;
            String[] fields = {IndexMapping.BODY, IndexMapping.ROOTS, IndexMapping.TRANSLITERATION, IndexMapping.SUGGEST};
            long t0 = cpu.getCurrentThreadCpuTime();
            long toLucene = 0;
            for (SearchDocument doc : Boolean.getBoolean("probe.analysis") ? docs : List.<SearchDocument>of()) {
                long t = cpu.getCurrentThreadCpuTime();
                Document d = IndexMapping.toLucene(doc);
                toLucene += cpu.getCurrentThreadCpuTime() - t;
                for (IndexableField f : d.getFields()) {
                    if (!f.fieldType().stored() || !f.name().equals(IndexMapping.BODY) && !f.name().equals(IndexMapping.TITLE) && !f.name().equals(IndexMapping.PITCH)
                            && !f.name().equals(IndexMapping.SUMMARY) && !f.name().equals(IndexMapping.KEYWORDS)) {
                        continue;
                    }
                    for (int k = 0; k < 3; k++) {
                        long s = cpu.getCurrentThreadCpuTime();
                        try (TokenStream ts = index.tokenStream(fields[k], f.stringValue())) {
                            ts.reset();
                            while (ts.incrementToken()) {
                                tokens++;
                            }
                            ts.end();
                        }
                        byField[k] += cpu.getCurrentThreadCpuTime() - s;
                    }
                }
            }
            long analysed = cpu.getCurrentThreadCpuTime() - t0;
            long w = cpu.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            var memory = (com.sun.management.ThreadMXBean) cpu;
            long allocated = memory.getCurrentThreadAllocatedBytes();
            Path into = Files.createTempDirectory("index-write-probe");
            try (IndexWriter writer = new IndexWriter(FSDirectory.open(into),
                    SearchIndex.writerConfig(org.apache.lucene.index.IndexWriterConfig.OpenMode.CREATE)
                            .setRAMBufferSizeMB(Double.parseDouble(System.getProperty("probe.ram-mb", "16"))))) {
                for (SearchDocument doc : docs) {
                    writer.addDocument(IndexMapping.toLucene(doc));
                }
                writer.commit();
            }
            long written = cpu.getCurrentThreadCpuTime() - w;
            wall = System.nanoTime() - wall;
            allocated = memory.getCurrentThreadAllocatedBytes() - allocated;
            org.apache.lucene.util.IOUtils.rm(into);
            System.out.printf("round %d: analysis only %d ms (stemmed %d, roots %d, translit %d; %d tokens), toLucene %d ms; "
                    + "index write %d ms CPU of this thread (%.3f ms per document), %d ms wall, %.1f kB allocated per document%n", round, analysed / 1_000_000,
                    byField[0] / 1_000_000, byField[1] / 1_000_000, byField[2] / 1_000_000, tokens, toLucene / 1_000_000,
                    written / 1_000_000, written / 1e6 / docs.size(), wall / 1_000_000, allocated / 1024.0 / docs.size());
        }
    }
}
