package com.example.portal.search;

import static com.example.portal.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The index follows PostgreSQL however a row changes (cards too when a glossary term they declare changes), a rebuild
 * never takes search away and writes each document once, a late commit is applied after it, a crash loses nothing,
 * and the outbox is pruned only behind every replica.
 */
@QuarkusTest
class SearchIndexLifecycleQuarkusTest {

    private static final String SEARCH = """
            query($q: String!) { search(query: $q, first: 10) { edges { node { slug } } } }""";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SearchIndex index;

    @Inject
    OutboxApplier applier;

    @Inject
    IndexRebuilder rebuilder;

    @Inject
    OutboxPruner pruner;

    @Inject
    Outbox outbox;

    @Inject
    SearchIndexer indexer;

    @BeforeEach
    void indexReady() throws InterruptedException {
        for (int i = 0; i < 600 && !index.ready(); i++) {
            Thread.sleep(100);
        }
    }

    @Test
    void aChangeMadeOutsideTheApiIsPickedUpFromTheOutbox() throws Exception {
        // Plain SQL: no mutation tells the indexer, only the outbox row the trigger writes in the same transaction.
        // How fast is the benchmark's business ("a change searchable"); a timed assertion here only flakes under load.
        execute("update glossary_term set definition = definition || ' Сверхновый термин-маркер.' where slug = 'cjm'");
        try {
            assertThat(eventually(() -> graphql(SEARCH, "q", "сверхновый").getList("data.search.edges.node.slug").contains("cjm")))
                    .as("the outbox row applied to the index").isTrue();
        } finally {
            execute("update glossary_term set definition = replace(definition, ' Сверхновый термин-маркер.', '') where slug = 'cjm'");
        }
    }

    @Test
    void aRebuildKeepsServingAndEndsWithTheSameDocuments() throws Exception {
        Path pointer = Path.of("target/search-index/test/current");
        String before = Files.readString(pointer);
        assertThat(graphql(SEARCH, "q", "колл-трекинг").getList("data.search.edges.node.slug")).contains("call-tracking-employers");
        graphql("mutation { rebuildSearchIndex { rebuilding } }");
        // Searches answer throughout: the live index is only swapped out once the new one is complete.
        for (int i = 0; i < 600; i++) {
            assertThat(graphql(SEARCH, "q", "колл-трекинг").getList("data.search.edges.node.slug")).contains("call-tracking-employers");
            if (!rebuilder.rebuilding() && i > 0) {
                break;
            }
            Thread.sleep(20);
        }
        assertThat(rebuilder.rebuilding()).isFalse();
        assertThat(Files.readString(pointer)).as("the directory in use after the rebuild").isNotEqualTo(before);
        assertThat(rebuilder.progress()).isGreaterThanOrEqualTo(80);
        assertThat(graphql(SEARCH, "q", "рефералка").getList("data.search.edges.node.slug")).contains("referral-program");
    }

    @Test
    void aRebuildAppliesAgainOnlyWhatItsScanCouldNotSee() throws Exception {
        try (Connection late = dataSource.getConnection()) {
            // Takes an outbox number now but commits only after the rebuild has scanned: its change is not in the scan.
            late.setAutoCommit(false);
            try (Statement statement = late.createStatement()) {
                statement.execute("update feature_card set summary = summary || ' Позднемаркер.' where slug = 'promo-codes'");
            }
            // A higher number, committed before the rebuild: in its scan, so not written to the new index again.
            execute("update segment set description = description || ' Раннемаркер.' where slug = 'micro-business'");
            try {
                rebuilder.rebuild();
                int deleted = index.withSearcher(searcher -> searcher.getIndexReader().numDeletedDocs());
                assertThat(deleted)
                        .as("documents the rebuild wrote a second time").isZero();
                assertThat(graphql(SEARCH, "q", "раннемаркер").getList("data.search.edges.node.slug")).containsExactly("micro-business");
                late.commit();
                applier.catchUp();
                assertThat(graphql(SEARCH, "q", "позднемаркер").getList("data.search.edges.node.slug"))
                        .as("the late commit, numbered below what the scan saw").containsExactly("promo-codes");
            } finally {
                late.rollback(); // nothing left to roll back once committed
                execute("update feature_card set summary = replace(summary, ' Позднемаркер.', '') where slug = 'promo-codes'");
                execute("update segment set description = replace(description, ' Раннемаркер.', '') where slug = 'micro-business'");
            }
        }
    }

    @Test
    void aBacklogOfFullBatchesEndsSearchable() throws Exception {
        // Events enough to make, with the change after them, exactly two full batches. While a backlog is worked off,
        // readers may see its changes up to three seconds late; the last batch's must not wait for an event that never
        // comes: once nothing is left to apply, the next catch-up (the indexer's, after its poll) shows them.
        assertThat(eventually(() -> applier.unappliedEvents() == 0)).as("earlier events applied").isTrue();
        // Events after the position applied already (behind a rolled-back transaction's gap) are read again in the
        // first batch: counted, so that the change is the last event of a full batch.
        long readAgain = outbox.countAfter(applier.position());
        // Another card's events: the first batch reloads the changed card as it is at commit, marker and all.
        commitTogether(
                "insert into index_event (doc_type, entity_id) select 'CARD', (select min(id) from "
                        + "feature_card where slug <> 'promo-codes') from generate_series(1, " + (2 * Outbox.BATCH - 1 - readAgain) + ")",
                "update feature_card set summary = summary || ' Пакетмаркер.' where slug = 'promo-codes'");
        try {
            // This replica's indexer is awake too: whoever applies a batch, the backlog is worked off.
            assertThat(searchedOnceAllApplied("пакетмаркер")).as("the backlog applied, then searched").containsExactly("promo-codes");
        } finally {
            execute("update feature_card set summary = replace(summary, ' Пакетмаркер.', '') where slug = 'promo-codes'");
        }
    }

    @Test
    void aBacklogManyTimesTheIndexIsWorkedOffByARebuild() throws Exception {
        // An import's backlog: after the first full batch, more events wait than five times the documents the index
        // holds (and at least 20,000), so the indexer rebuilds the index rather than applying them batch by batch.
        assertThat(eventually(() -> applier.unappliedEvents() == 0)).as("earlier events applied").isTrue();
        Path pointer = Path.of("target/search-index/test/current");
        String before = Files.readString(pointer);
        int documents = documents();
        commitTogether(
                "insert into index_event (doc_type, entity_id) select 'CARD', (select min(id) from "
                        + "feature_card where slug <> 'promo-codes') from generate_series(1, " + (Outbox.BATCH + 21_000) + ")",
                "update feature_card set summary = summary || ' Навалмаркер.' where slug = 'promo-codes'");
        try {
            // Only the indexer works it off here: a catch-up from this thread would race it for the batches.
            assertThat(eventually(() -> !Files.readString(pointer).equals(before) && applier.unappliedEvents() == 0))
                    .as("a rebuilt index swapped in, nothing left to apply").isTrue();
            assertThat(graphql(SEARCH, "q", "навалмаркер").getList("data.search.edges.node.slug")).containsExactly("promo-codes");
            int after = documents();
            assertThat(after).as("documents").isEqualTo(documents);
        } finally {
            execute("update feature_card set summary = replace(summary, ' Навалмаркер.', '') where slug = 'promo-codes'");
        }
    }

    @Test
    void aBatchOfManyObjectsIsLoadedPageByPageAndWhatIsGoneIsDeleted() throws Exception {
        // More changed objects than a batch writes in its own thread: loaded a page at a time, in id order, while the
        // pages before are written. 1,200 ids no card has (as if deleted since), all below the real change's, so it
        // is in the third page: a page left unloaded would delete it from the index as gone.
        assertThat(eventually(() -> applier.unappliedEvents() == 0)).as("earlier events applied").isTrue();
        int documents = documents();
        commitTogether(
                "insert into index_event (doc_type, entity_id) select 'CARD', -g from generate_series(1, 600) g",
                "update feature_card set summary = summary || ' Страницемаркер.' where slug = 'promo-codes'",
                "insert into index_event (doc_type, entity_id) select 'CARD', -g from generate_series(601, 1200) g");
        try {
            assertThat(searchedOnceAllApplied("страницемаркер")).as("the batch applied, then searched").containsExactly("promo-codes");
            int after = documents();
            assertThat(after).as("documents").isEqualTo(documents);
        } finally {
            execute("update feature_card set summary = replace(summary, ' Страницемаркер.', '') where slug = 'promo-codes'");
        }
    }

    @Test
    void moreThanABatchAfterARolledBackEventIsAppliedWithoutWaitingOutTheGap() throws Exception {
        // A rolled-back transaction's number is a gap the position waits behind for a minute; the events after it are
        // applied meanwhile, and those beyond the first batch after the position too.
        assertThat(eventually(() -> applier.unappliedEvents() == 0)).as("earlier events applied").isTrue();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("insert into index_event (doc_type, entity_id) values ('CARD', -1)");
            connection.rollback();
            statement.execute("insert into index_event (doc_type, entity_id) select 'CARD', (select min(id) from "
                    + "feature_card where slug <> 'promo-codes') from generate_series(1, " + Outbox.BATCH + ")");
            statement.execute("update feature_card set summary = summary || ' Зазормаркер.' where slug = 'promo-codes'");
            connection.commit();
        }
        try {
            // Within eventually's 30 s: half the time after which the gap is taken to be a rollback.
            assertThat(eventually(() -> {
                applier.catchUp();
                return applier.unappliedEvents() == 0
                        && !graphql(SEARCH, "q", "зазормаркер").getList("data.search.edges.node.slug").isEmpty();
            })).as("the change after the first batch searchable").isTrue();
        } finally {
            execute("update feature_card set summary = replace(summary, ' Зазормаркер.', '') where slug = 'promo-codes'");
        }
    }

    @Test
    void changingAGlossaryTermReindexesTheCardsThatDeclareIt() throws Exception {
        // A card's document carries the term and aliases of each glossary term it declares; «pilot» is declared by
        // crm-ats-integration, missed-call-notifications and employer-brand-page, not by promo-codes.
        execute("update glossary_term set aliases = aliases || '{пилотяга}'::varchar[] where slug = 'pilot'");
        try {
            for (String declaring : List.of("crm-ats-integration", "missed-call-notifications", "employer-brand-page")) {
                assertThat(eventually(() -> cardKeywords(declaring).contains("пилотяга")))
                        .as("the new alias in the keywords of " + declaring).isTrue();
            }
            assertThat(cardKeywords("promo-codes")).doesNotContain("пилотяга");
        } finally {
            execute("update glossary_term set aliases = array_remove(aliases, 'пилотяга') where slug = 'pilot'");
        }
        assertThat(eventually(() -> !cardKeywords("crm-ats-integration").contains("пилотяга"))).as("the alias removed again").isTrue();
    }

    @Test
    void pruningDeletesOnlyWhatEveryReplicaHasCommitted() throws Exception {
        for (int i = 0; i < 3; i++) {
            execute("update glossary_term set definition = definition where slug = 'cjm'");
        }
        applier.catchUp();
        applier.commit();
        long ours = queryLong("select position from index_replica where replica_id = '" + applier.replicaId() + "'");
        assertThat(ours).as("our committed position").isPositive();
        long behind = ours / 2;
        long aboveBehind = queryLong("select count(*) from index_event where seq > " + behind + " and seq <= " + ours);

        // Another replica is behind us: only what it has committed too may go.
        execute("insert into index_replica (replica_id, position) values ('replica-behind', " + behind + ")");
        try {
            pruner.prune();
            assertThat(queryLong("select count(*) from index_event where seq <= " + behind)).as("events both have applied").isZero();
            assertThat(queryLong("select count(*) from index_event where seq > " + behind + " and seq <= " + ours))
                    .as("events the other replica still needs").isEqualTo(aboveBehind);

            // It catches up past us: now our committed position is the floor.
            execute("update index_replica set position = " + (ours + 1_000_000) + " where replica_id = 'replica-behind'");
            pruner.prune();
            assertThat(queryLong("select count(*) from index_event where seq <= " + ours)).isZero();
            assertThat(queryLong("select through from index_event_pruned")).isGreaterThanOrEqualTo(ours);

            // A replica not heard from for longer than the retention period no longer holds pruning back: it is forgotten.
            execute("update index_replica set position = 0, updated_at = now() - interval '30 days' where replica_id = 'replica-behind'");
            pruner.prune();
            assertThat(queryLong("select count(*) from index_replica where replica_id = 'replica-behind'")).isZero();
        } finally {
            execute("delete from index_replica where replica_id = 'replica-behind'");
        }

        // Events older than the retention period go even when no replica has applied them; a replica whose position is
        // below what was deleted rebuilds, so none is left behind.
        execute("update glossary_term set definition = definition where slug = 'cjm'");
        long aged = queryLong("select max(seq) from index_event");
        execute("update index_event set created_at = now() - interval '30 days' where seq = " + aged);
        pruner.prune();
        assertThat(queryLong("select count(*) from index_event where seq = " + aged)).as("the event past the retention").isZero();
        long pruned = queryLong("select through from index_event_pruned");
        assertThat(pruned).isGreaterThanOrEqualTo(aged);
        assertThat(eventually(() -> index.ready() && !rebuilder.rebuilding() && applier.position() >= pruned))
                .as("this replica at or past the pruned events").isTrue();
        assertThat(graphql(SEARCH, "q", "колл-трекинг").getList("data.search.edges.node.slug")).contains("call-tracking-employers");
    }

    @Test
    void aCrashBetweenCommitAndIndexingLosesNothing() throws Exception {
        applier.catchUp();
        applier.commit();
        // Applied to the open index but not committed to disk when the process dies.
        execute("update feature_card set summary = summary || ' Крашмаркеродин.' where slug = 'promo-codes'");
        applier.catchUp();
        crash();
        try {
            // Committed to PostgreSQL while no indexer runs at all.
            execute("update glossary_term set definition = definition || ' Крашмаркердва.' where slug = 'cjm'");
            execute("update segment set description = description || ' Крашмаркертри.' where slug = 'micro-business'");
        } finally {
            // As at start: the index opened from disk at its committed position, then caught up with the outbox.
            indexer.openOrRebuild();
            applier.catchUp();
        }
        try {
            assertThat(graphql(SEARCH, "q", "крашмаркеродин").getList("data.search.edges.node.slug")).containsExactly("promo-codes");
            assertThat(graphql(SEARCH, "q", "крашмаркердва").getList("data.search.edges.node.slug")).containsExactly("cjm");
            assertThat(graphql(SEARCH, "q", "крашмаркертри").getList("data.search.edges.node.slug")).containsExactly("micro-business");
        } finally {
            execute("update feature_card set summary = replace(summary, ' Крашмаркеродин.', '') where slug = 'promo-codes'");
            execute("update glossary_term set definition = replace(definition, ' Крашмаркердва.', '') where slug = 'cjm'");
            execute("update segment set description = replace(description, ' Крашмаркертри.', '') where slug = 'micro-business'");
        }
    }

    /**
     * Drops the index as a killed process would: the writer is rolled back, so whatever was applied since the last
     * commit is lost from disk, and no position is recorded.
     */
    private void crash() throws IOException {
        SearchIndex.Live dropped = applier.detach();
        dropped.searchers().close();
        dropped.writer().rollback();
        dropped.directory().close();
    }

    /** The keywords stored in a card's document: its tags, product and declared glossary terms with their aliases. */
    private List<String> cardKeywords(String slug) throws SQLException {
        long id = queryLong("select id from feature_card where slug = '" + slug + "'");
        return index.withSearcher(searcher -> {
            var hits = searcher.search(new TermQuery(IndexMapping.key(SearchType.CARD, id)), 1).scoreDocs;
            return hits.length == 0 ? List.of()
                    : List.of(searcher.storedFields().document(hits[0].doc).getValues(IndexMapping.KEYWORDS)).stream()
                            .flatMap(k -> List.of(k.toLowerCase(java.util.Locale.ROOT).split("\\s+")).stream()).toList();
        });
    }

    /** Polls a condition the indexer makes true in the background, for at most 30 s (generous: CI machines get busy). */
    /**
     * The slugs a search finds once every outbox event is applied and a last catch-up has run (the one that refreshes
     * the readers after a backlog); empty when events are still unapplied after eventually's wait.
     */
    private List<String> searchedOnceAllApplied(String q) throws Exception {
        if (!eventually(() -> {
            applier.catchUp();
            return applier.unappliedEvents() == 0;
        })) {
            return List.of();
        }
        applier.catchUp();
        return graphql(SEARCH, "q", q).getList("data.search.edges.node.slug");
    }

    private static boolean eventually(Check check) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!check.holds()) {
            if (System.currentTimeMillis() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    private long queryLong(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Runs the statements in one transaction: the indexer cannot read the events of one without the others. */
    private void commitTogether(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (String sql : statements) {
                statement.execute(sql);
            }
            connection.commit();
        }
    }

    private int documents() {
        return index.withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
