package com.example.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;
import org.jboss.logging.Logger;

import com.example.portal.search.analysis.PortalAnalyzers;

/**
 * The replica's Lucene index on disk: the live directory with its one IndexWriter and near-real-time
 * SearcherManager, the {@code current} pointer file naming that directory, and the user data of each commit (mapping
 * version, database identity, outbox position). It opens, creates, swaps and closes directories and lends searchers;
 * what goes into the index is the {@link OutboxApplier}'s and the {@link IndexRebuilder}'s job.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);
    private static final String POINTER = "current";
    private static final String DIRECTORY_PREFIX = "index-";
    private static final String MAPPING = "mapping";
    private static final String POSITION = "position";
    private static final String DATABASE = "database";
    private static final float BM25_B = 0.2f;

    /**
     * BM25 with weaker length normalisation than the default (b = 0.75): glossary definitions are a sentence or two,
     * and full length normalisation let them outrank the cards that explain a feature. On the judged set, mean
     * nDCG@10 was 0.820 with b = 0.75, 0.824 with 0.4 and 0.827 with 0.2.
     */
    static final BM25Similarity SIMILARITY = new BM25Similarity(1.2f, BM25_B);
    private static final SearcherFactory SEARCHERS = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(SIMILARITY);
            return searcher;
        }
    };

    /** An open index directory with its writer and searchers. */
    record Live(Path dir, FSDirectory directory, IndexWriter writer, SearcherManager searchers) {
    }

    /** A directory opened from disk, not yet live, with the outbox position its last commit recorded. */
    record Opened(Live index, long position) {
    }

    @Inject
    SearchConfig config;

    @Inject
    Outbox outbox;

    private volatile Live live;
    /**
     * Grows after every refresh of a searcher and every swap, once the new searcher is the one searches get: a result
     * cached under a generation never saw a later change (SearchResultCache).
     */
    private final AtomicLong generation = new AtomicLong();
    private final ReferenceManager.RefreshListener refreshed = new ReferenceManager.RefreshListener() {
        @Override
        public void beforeRefresh() {
        }

        @Override
        public void afterRefresh(boolean didRefresh) {
            if (didRefresh) {
                generation.incrementAndGet();
            }
        }
    };

    public boolean ready() {
        return live != null;
    }

    /** The generation of what searches see now; see {@link #generation}. */
    long generation() {
        return generation.get();
    }

    /** The live index, or null before one is open. */
    Live live() {
        return live;
    }

    /**
     * The directory the {@code current} pointer names, opened for writing, or empty when it is missing, unreadable,
     * of another mapping version or database, or behind events pruning has deleted: then the index must be rebuilt.
     */
    Optional<Opened> openCurrent() {
        Path root = root();
        try {
            Files.createDirectories(root);
            Path pointer = root.resolve(POINTER);
            if (Files.exists(pointer)) {
                return open(root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip()));
            }
        } catch (IOException e) {
            LOG.warn("The search index cannot be read; rebuilding it", e);
        }
        return Optional.empty();
    }

    private Optional<Opened> open(Path dir) {
        try {
            FSDirectory directory = FSDirectory.open(dir);
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                return Optional.empty();
            }
            Map<String, String> data = DirectoryReader.listCommits(directory).get(0).getUserData();
            long committed = Long.parseLong(data.getOrDefault(POSITION, "0"));
            String unusable = unusable(data, committed, dir);
            if (unusable != null) {
                LOG.info(unusable);
                directory.close();
                return Optional.empty();
            }
            IndexWriter writer = new IndexWriter(directory, writerConfig(IndexWriterConfig.OpenMode.APPEND));
            return Optional.of(new Opened(new Live(dir, directory, writer, searchers(writer)), committed));
        } catch (IOException | RuntimeException e) {
            LOG.warn("The search index at " + dir + " cannot be opened; rebuilding it", e);
            return Optional.empty();
        }
    }

    /** Why the index with this commit data cannot serve this portal, or null when it can. */
    private String unusable(Map<String, String> data, long committed, Path dir) {
        if (!IndexMapping.VERSION.equals(data.get(MAPPING))) {
            return "The search index at " + dir + " has mapping " + data.get(MAPPING) + ", this portal uses " + IndexMapping.VERSION
                    + ": rebuilding";
        }
        if (!outbox.databaseToken().equals(data.get(DATABASE))) {
            return "The search index at " + dir + " was built from another database: rebuilding";
        }
        long pruned = outbox.prunedThrough();
        if (committed < pruned) {
            return "The search index at " + dir + " is at outbox position " + committed + ", but events up to " + pruned
                    + " have been pruned: rebuilding";
        }
        return null;
    }

    /** A new, empty index in a directory of its own, not yet live: a rebuild fills it while the live one serves. */
    Live create() throws IOException {
        Path dir = root().resolve(DIRECTORY_PREFIX + System.currentTimeMillis());
        FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, writerConfig(IndexWriterConfig.OpenMode.CREATE));
        return new Live(dir, directory, writer, searchers(writer));
    }

    private SearcherManager searchers(IndexWriter writer) throws IOException {
        SearcherManager searchers = new SearcherManager(writer, SEARCHERS);
        searchers.addListener(refreshed);
        return searchers;
    }

    /** Makes an opened index live, as at start: the pointer already names it. */
    synchronized void install(Opened opened) {
        live = opened.index();
        generation.incrementAndGet();
        LOG.infof("Search index opened at %s, outbox position %d", opened.index().dir(), opened.position());
    }

    /**
     * Makes a freshly built index live. The pointer is replaced first, atomically (written beside it, then moved over
     * it), so a crash leaves either the old directory or the new one named, and a failure here leaves the old one live.
     * Then the old directories are deleted; failing that only leaves them for the next swap.
     */
    synchronized void swap(Live fresh) throws IOException {
        Path root = root();
        Path tmp = root.resolve(POINTER + ".tmp");
        Files.writeString(tmp, fresh.dir().getFileName().toString(), StandardCharsets.UTF_8);
        Files.move(tmp, root.resolve(POINTER), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Live old = live;
        live = fresh;
        generation.incrementAndGet();
        if (old != null) {
            close(old);
        }
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path stale : dirs.filter(p -> p.getFileName().toString().startsWith(DIRECTORY_PREFIX) && !p.equals(fresh.dir())).toList()) {
                deleteRecursively(stale);
            }
        } catch (IOException e) {
            LOG.warn("Deleting the search index directories no longer in use failed; the next rebuild retries", e);
        }
    }

    /** Takes the live index away (at shutdown, to close it); searches are unavailable from then on. */
    synchronized Live detach() {
        Live current = live;
        live = null;
        return current;
    }

    /** Commits the index's changes to disk with the outbox position they reach. */
    void commit(Live index, long position) throws IOException {
        index.writer().setLiveCommitData(
                Map.of(MAPPING, IndexMapping.VERSION, POSITION, String.valueOf(position), DATABASE, outbox.databaseToken()).entrySet());
        index.writer().commit();
    }

    /** Runs a search on an acquired searcher and always releases it. */
    <T> T withSearcher(SearcherFunction<T> work) {
        Live current = live;
        if (current == null) {
            throw new SearchUnavailableException();
        }
        SearcherManager manager = current.searchers();
        IndexSearcher searcher = null;
        try {
            searcher = manager.acquire();
            return work.apply(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (searcher != null) {
                try {
                    manager.release(searcher);
                } catch (IOException e) {
                    LOG.warn("Releasing a searcher failed", e);
                }
            }
        }
    }

    interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** The writer settings of every index: the portal's analysis (autocomplete words unstemmed) and similarity. */
    static IndexWriterConfig writerConfig(IndexWriterConfig.OpenMode mode) {
        return writerConfig(mode, PortalAnalyzers.index());
    }

    static IndexWriterConfig writerConfig(IndexWriterConfig.OpenMode mode, Analyzer index) {
        Analyzer analyzer = new PerFieldAnalyzerWrapper(index, Map.of(IndexMapping.SUGGEST, PortalAnalyzers.words()));
        return new IndexWriterConfig(analyzer).setOpenMode(mode).setSimilarity(SIMILARITY);
    }

    /** Closes an index no longer live; the writer's close commits what it holds, under the last recorded position. */
    static void close(Live index) {
        try {
            index.searchers().close();
            index.writer().close();
            index.directory().close();
        } catch (IOException e) {
            LOG.warn("Closing the search index at " + index.dir() + " failed", e);
        }
    }

    private Path root() {
        return Path.of(config.dir()).toAbsolutePath();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
