package com.example.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.example.portal.graphql.WriteCommitted;

/**
 * Keeps the live index and the read model of hits ({@link SearchNodes}) up to date with the outbox: applies the events
 * after its position, reloading each changed object from PostgreSQL (the index is only written after the database has
 * committed) and dropping its API object from the read model, tracks the position
 * ({@link AppliedEvents}), commits the index with it and records it in the outbox's table of replica positions.
 * Applying, committing and swapping in another index take one lock, so none sees the others half done. Objects created
 * since this replica started are then announced as {@link NewObjectsIndexed}, outside the lock.
 */
@ApplicationScoped
public class OutboxApplier {

    private static final Logger LOG = Logger.getLogger(OutboxApplier.class);
    /** Fewer changed objects than this (a mutation's, another replica's) are written in this thread, without a pool. */
    private static final int PARALLEL_FROM = 200;
    /** Objects loaded from PostgreSQL at a time when there are more. */
    private static final int LOAD_PAGE = 500;
    /**
     * While a backlog of full batches is applied (after an import), readers see the changes at most this much later:
     * opening a new reader after every batch flushed each batch into a small segment on one thread while the others
     * waited, a tenth of the catch-up after an import; a refresh every second was still a fifth of it at 10,000 cards
     * (100 to 700 ms each).
     */
    private static final long REFRESH_IN_BACKLOG_NANOS = 3_000_000_000L;
    /**
     * A backlog at least this many times the index's documents (and at least {@link #REBUILD_FROM_EVENTS}) is worked
     * off by a rebuild. An import makes about four events per card; at 10,000 and 100,000 cards applying them took
     * about 0.2 ms per event and a rebuild about 0.5 ms per document it writes, so the rebuild wins once the events
     * are about five times the documents the index already holds.
     */
    private static final int REBUILD_FROM_FACTOR = 5;
    /** Below this many waiting events the backlog is applied: a few seconds' work, whatever the index's size. */
    private static final long REBUILD_FROM_EVENTS = 20_000;

    private final Instance<SearchDocumentSource> sources;
    private final Outbox outbox;
    private final SearchIndex index;
    private final SearchNodes nodes;
    private final Event<NewObjectsIndexed> created;
    private final int writeThreads;

    private final Object lock = new Object();
    private final AtomicLong glossaryVersion = new AtomicLong();
    private final String replicaId;
    private volatile AppliedEvents events = new AppliedEvents(0, System::currentTimeMillis);
    private volatile boolean dirty;
    /** While a rebuild works off a backlog: a mutation's catch-up would write the backlog into the index being replaced. */
    private volatile boolean rebuildingBacklog;
    /** While a rebuild runs, the position it will resume from: the old index's commits record no more than that. */
    private volatile long recordAtMost = Long.MAX_VALUE;
    /** Creations after this outbox position are news to announce; none until the indexer starts. */
    private volatile long newsAfter = Long.MAX_VALUE;
    /** Applied but not yet visible to readers: written, waiting for the next refresh, as are their news. */
    private boolean unrefreshed;
    private long lastRefresh = System.nanoTime();
    private final Map<SearchType, Set<Long>> unannounced = new LinkedHashMap<>();

    @Inject
    OutboxApplier(SearchConfig config, Instance<SearchDocumentSource> sources, Outbox outbox, SearchIndex index,
            SearchNodes nodes, Event<NewObjectsIndexed> created) {
        this.sources = sources;
        this.outbox = outbox;
        this.index = index;
        this.nodes = nodes;
        this.created = created;
        this.writeThreads = ParallelWrites.threadsFor(config.writeThreads());
        this.replicaId = config.replicaId().orElseGet(() -> hostName() + ":" + Path.of(config.dir()).toAbsolutePath());
    }

    /**
     * A committed mutation's change becomes searchable before the mutation returns; while an import's backlog is worked
     * off, once the indexer reaches it and at most three seconds after that, or once a rebuild that works it off is live.
     */
    void onCommitted(@Observes WriteCommitted event) {
        if (index.ready() && !rebuildingBacklog) {
            catchUp();
        }
    }

    /**
     * Whether so many events wait (an import's backlog) that rebuilding the index from PostgreSQL is faster than
     * applying them batch by batch; see {@link #REBUILD_FROM_FACTOR}.
     */
    boolean backlogOutgrowsIndex() {
        SearchIndex.Live current = index.live();
        if (current == null) {
            return false;
        }
        long waiting = unappliedEvents();
        return waiting >= REBUILD_FROM_EVENTS && waiting >= (long) REBUILD_FROM_FACTOR * current.writer().getDocStats().numDocs;
    }

    /**
     * Works off the backlog with this rebuild. Meanwhile mutations do not apply their events to the index being
     * replaced (the backlog's events come first, so they would not reach their own): their changes are searchable
     * once the rebuilt index is live, as the import's are.
     */
    void rebuildBacklog(Runnable rebuild) {
        rebuildingBacklog = true;
        try {
            rebuild.run();
        } finally {
            rebuildingBacklog = false;
        }
    }

    public long position() {
        return events.position();
    }

    /**
     * Outbox events this index has not applied. Not the newest number minus the position: a rolled-back transaction
     * leaves a gap the position waits behind for a minute while the events after it are applied already.
     */
    long unappliedEvents() {
        return Math.max(0, outbox.countAfter(events.position()) - events.appliedBeyondGap());
    }

    /** Changes whenever glossary terms change, so query synonyms are rebuilt. */
    public long glossaryVersion() {
        return glossaryVersion.get();
    }

    /** This replica's name in the outbox's table of replica positions. */
    String replicaId() {
        return replicaId;
    }

    /**
     * Makes another index live and applies from the position it has reached, as one step: no catch-up writes to the
     * old index meanwhile, and none applies to the new one from the old one's position.
     */
    void resume(long position, IndexChange change) throws IOException {
        resume(position, List.of(), change);
    }

    /** As {@link #resume(long, IndexChange)}, for an index that holds these events after the position already. */
    void resume(long position, List<Outbox.Event> held, IndexChange change) throws IOException {
        synchronized (lock) {
            change.run();
            nodes.clear();
            events = new AppliedEvents(position, System::currentTimeMillis);
            events.markApplied(held);
            dirty = false;
        }
    }

    interface IndexChange {
        void run() throws IOException;
    }

    /** Takes the live index away once no catch-up is writing to it, to close it. */
    SearchIndex.Live detach() {
        synchronized (lock) {
            return index.detach();
        }
    }

    /**
     * From now on, objects created after the outbox's current head are announced once applied; what the outbox holds
     * already (replayed by a rebuild, or applied after a restart) is not news. Called once the indexer starts.
     */
    void announceCreationsFromNow() {
        if (newsAfter == Long.MAX_VALUE) {
            newsAfter = outbox.lastSeq();
        }
    }

    /**
     * Applies the next batch of outbox events after the applied position, reloading each object from PostgreSQL, then
     * announces the objects created since this replica started once readers can see them. Returns whether the batch
     * was full, so more may be waiting: the indexer then goes on at once instead of waiting for the poll.
     */
    public boolean catchUp() {
        Applied applied = applyPending();
        applied.news().forEach((type, ids) -> {
            try {
                created.fire(new NewObjectsIndexed(type, ids));
            } catch (RuntimeException e) {
                // The index is up to date; a failing observer must neither undo that nor fail the caller's mutation.
                LOG.warnf(e, "Announcing %d new %s objects failed", ids.size(), type);
            }
        });
        return applied.full();
    }

    /** What one batch applied: the objects created since this replica started that readers can now see, in outbox order. */
    private record Applied(Map<SearchType, Set<Long>> news, boolean full) {
    }

    /**
     * Applies what is pending and, unless a backlog of full batches is being worked off and readers saw a refresh less
     * than {@link #REFRESH_IN_BACKLOG_NANOS} ago, makes it visible.
     */
    private Applied applyPending() {
        synchronized (lock) {
            SearchIndex.Live current = index.live();
            if (current == null) {
                return new Applied(Map.of(), false);
            }
            try {
                List<Outbox.Event> afterPosition = outbox.since(events.position());
                List<Outbox.Event> pending = afterPosition;
                List<Outbox.Event> fresh = events.unapplied(pending);
                // Behind a gap the position stays put, so the batch after it may be all applied already: read on past
                // it, else more than a batch of events after a rolled-back transaction would wait out the gap.
                while (fresh.isEmpty() && pending.size() >= Outbox.BATCH) {
                    pending = outbox.since(pending.get(pending.size() - 1).seq());
                    fresh = events.unapplied(pending);
                }
                if (!fresh.isEmpty()) {
                    apply(current, fresh);
                    events.markApplied(fresh);
                    dirty = true;
                    unrefreshed = true;
                    addInsertedAfter(fresh, newsAfter);
                }
                if (events.advance(afterPosition)) {
                    dirty = true;
                }
                // Full and new: more may be waiting.
                boolean full = pending.size() >= Outbox.BATCH && !fresh.isEmpty();
                if (!unrefreshed || full && System.nanoTime() - lastRefresh < REFRESH_IN_BACKLOG_NANOS) {
                    return new Applied(Map.of(), full);
                }
                current.searchers().maybeRefreshBlocking();
                unrefreshed = false;
                lastRefresh = System.nanoTime();
                Map<SearchType, Set<Long>> news = new LinkedHashMap<>(unannounced);
                unannounced.clear();
                return new Applied(news, full);
            } catch (IOException e) {
                throw new UncheckedIOException("Applying index events failed", e);
            }
        }
    }

    private void addInsertedAfter(List<Outbox.Event> applied, long position) {
        for (Outbox.Event e : applied) {
            if (e.inserted() && e.seq() > position) {
                unannounced.computeIfAbsent(e.type(), t -> new LinkedHashSet<>()).add(e.entityId());
            }
        }
    }

    /** Reloads the changed objects per type: each is updated, or deleted when its row is gone. */
    private void apply(SearchIndex.Live current, List<Outbox.Event> fresh) throws IOException {
        Map<SearchType, Set<Long>> ids = new HashMap<>();
        for (Outbox.Event e : fresh) {
            ids.computeIfAbsent(e.type(), t -> new HashSet<>()).add(e.entityId());
        }
        for (SearchDocumentSource source : sources) {
            Set<Long> changed = ids.getOrDefault(source.type(), Set.of());
            if (changed.isEmpty()) {
                continue;
            }
            Set<Long> found = new HashSet<>();
            ParallelWrites.Write<SearchDocument> update = doc -> current.writer().updateDocument(IndexMapping.key(doc.type(), doc.id()),
                    IndexMapping.toLucene(doc));
            if (changed.size() < PARALLEL_FROM) {
                for (SearchDocument doc : source.load(changed)) {
                    update.apply(doc);
                    found.add(doc.id());
                }
            } else {
                // Loaded a page at a time in id order (the primary key's), the next while the threads write the last,
                // as a rebuild does.
                try (ParallelWrites<SearchDocument> writes = new ParallelWrites<>(writeThreads)) {
                    List<Long> all = changed.stream().sorted().toList();
                    for (int from = 0; from < all.size(); from += LOAD_PAGE) {
                        List<SearchDocument> docs = source.load(all.subList(from, Math.min(all.size(), from + LOAD_PAGE)));
                        docs.forEach(doc -> found.add(doc.id()));
                        writes.submit(docs, update, written -> { });
                    }
                    writes.finish();
                }
            }
            for (long id : changed) {
                if (!found.contains(id)) {
                    current.writer().deleteDocuments(IndexMapping.key(source.type(), id));
                }
            }
        }
        ids.forEach(nodes::changed);
        if (ids.containsKey(SearchType.GLOSSARY)) {
            glossaryVersion.incrementAndGet();
        }
    }

    /**
     * Commits the index, when changed, with the position reached, and records that position for pruning; false when
     * there was nothing to commit.
     */
    boolean commit() {
        synchronized (lock) {
            SearchIndex.Live current = index.live();
            if (current == null || !dirty) {
                return false;
            }
            try {
                long committed = events.position();
                index.commit(current, committed);
                dirty = false;
                outbox.recordPosition(replicaId, Math.min(committed, recordAtMost));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Committing the search index or recording its position failed; the next commit retries", e);
                dirty = true;
            }
            return true;
        }
    }

    /**
     * While a rebuild scans from the given position, records it as this replica's and records no later one, so
     * pruning keeps the events the rebuild will apply.
     */
    void holdRecordedPositionAt(long position) {
        recordAtMost = position;
        outbox.recordPosition(replicaId, position);
    }

    void releaseRecordedPosition() {
        recordAtMost = Long.MAX_VALUE;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
