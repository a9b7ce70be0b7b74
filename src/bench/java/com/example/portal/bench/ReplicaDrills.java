package com.example.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The operational drills of issue 16, too slow for every build: {@code ./mvnw -Pdrills verify} packages the portal
 * and runs them (docs/operations.md, "Several replicas"). Each starts two packaged replicas on one embedded
 * PostgreSQL ({@link Replicas}) with the sample content imported.
 * <ul>
 * <li>A rolling restart (SIGTERM, start, ready; one replica after the other) while clients keep sending searches to
 * any replica whose readiness is UP ({@link ReadyReplicas}) loses no request.</li>
 * <li>{@code kill -9} of a replica during {@code drill.updates} (10,000) release-note updates sent to both, then its
 * restart: afterwards PostgreSQL and every replica's index hold the same (type, id, title) of every object.</li>
 * </ul>
 */
@Tag("drill")
class ReplicaDrills {

    private static final Path WORK = Path.of("target/replica-drills").toAbsolutePath();
    private static final List<String> JVM = List.of("-Xmx512m");
    private static final Duration SHORT = Duration.ofSeconds(30);
    private static final String IMPORT = "mutation { importContent { applied problems { file line message } } }";
    private static final String FIND = "query($q: String!) { search(query: $q, first: 10) { totalCount edges { node { slug } } } }";
    private static final List<String> QUERIES = List.of("звонки", "вакансии", "кандидаты", "оплата", "отклики", "резюме");
    private static final String NOTES = "{ releaseNotes(first: 100) { edges { node { id version } } } }";
    private static final String NOTE = "query($id: ID) { releaseNote(id: $id) { version } }";
    private static final String UPDATE = "mutation($input: UpdateReleaseNoteInput!) { updateReleaseNote(input: $input) "
            + "{ releaseNote { version } userErrors { code message } } }";

    private final int updates = Integer.getInteger("drill.updates", 10_000);

    @Test
    void aRollingRestartLosesNoRequest() throws Exception {
        try (Replicas replicas = Replicas.start(WORK.resolve("rolling"), 2, JVM)) {
            GraphQLClient[] clients = { replicas.graphql(0), replicas.graphql(1) };
            importSampleContent(replicas, clients[0]);
            String sales = replicas.tokens.token("drill-sales", "sales");
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLongArray served = new AtomicLongArray(2);
            AtomicInteger noneReady = new AtomicInteger();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            List<String> restarts = new ArrayList<>();
            try (ReadyReplicas balancer = new ReadyReplicas(replicas, 2)) {
                List<Thread> load = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    Thread thread = new Thread(() -> {
                        while (running.get()) {
                            int i = balancer.pick();
                            if (i < 0) {
                                noneReady.incrementAndGet();
                                sleep(10);
                                continue;
                            }
                            try {
                                clients[i].data(sales, FIND, Map.of("q", QUERIES.get(ThreadLocalRandom.current().nextInt(QUERIES.size()))),
                                        SHORT);
                                served.incrementAndGet(i);
                            } catch (Exception e) {
                                failures.add("replica " + i + ": " + e);
                            }
                        }
                    }, "drill-client-" + t);
                    thread.start();
                    load.add(thread);
                }
                long started = System.nanoTime();
                Thread.sleep(5_000);
                for (int i : new int[] { 1, 0 }) {
                    long t0 = System.nanoTime();
                    replicas.stop(i);
                    long stopped = System.nanoTime();
                    replicas.restart(i, Map.of());
                    replicas.awaitReady(i);
                    while (!balancer.isReady(i)) {
                        Thread.sleep(20);
                    }
                    restarts.add("replica %d: SIGTERM to exit %d ms, start to ready and back in rotation %d ms".formatted(i,
                            (stopped - t0) / 1_000_000, (System.nanoTime() - stopped) / 1_000_000));
                    Thread.sleep(5_000);
                }
                running.set(false);
                for (Thread thread : load) {
                    thread.join();
                }
                long total = served.get(0) + served.get(1);
                String result = ("Rolling restart drill: %d searches in %d s by 4 clients sending to any ready replica "
                        + "(replica 0: %d, replica 1: %d); failed: %d; moments with no replica ready: %d; %s")
                        .formatted(total + failures.size(), (System.nanoTime() - started) / 1_000_000_000, served.get(0),
                                served.get(1), failures.size(), noneReady.get(), String.join("; ", restarts));
                report("rolling-restart", result, failures);
                assertThat(failures).as(result).isEmpty();
                assertThat(noneReady.get()).as(result).isZero();
            }
        }
    }

    @Test
    void afterKillDashNineDuringUpdatesTheDatabaseAndEveryIndexAgree() throws Exception {
        try (Replicas replicas = Replicas.start(WORK.resolve("kill"), 2, JVM)) {
            GraphQLClient[] clients = { replicas.graphql(0), replicas.graphql(1) };
            importSampleContent(replicas, clients[0]);
            String pm = replicas.tokens.token("drill-pm", "pm");
            List<String> noteIds = new ArrayList<>();
            for (JsonNode edge : clients[0].data(pm, NOTES, Map.of(), SHORT).get("releaseNotes").get("edges")) {
                noteIds.add(edge.get("node").get("id").asText());
            }
            AtomicInteger done = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            long started = System.nanoTime();
            String killed;
            try (ReadyReplicas balancer = new ReadyReplicas(replicas, 2)) {
                List<Thread> writers = new ArrayList<>();
                int threads = 4;
                for (int t = 0; t < threads; t++) {
                    List<String> mine = new ArrayList<>();
                    for (int n = t; n < noteIds.size(); n += threads) {
                        mine.add(noteIds.get(n));
                    }
                    Thread thread = new Thread(() -> updateUntilDone(clients, balancer, pm, mine, done, failed, failures),
                            "drill-writer-" + t);
                    thread.start();
                    writers.add(thread);
                }
                while (done.get() < updates * 3 / 10) {
                    Thread.sleep(20);
                }
                int atKill = done.get();
                replicas.kill(1);
                replicas.restart(1, Map.of());
                long ready = replicas.awaitReady(1);
                killed = "replica 1 killed (SIGKILL) after %d updates, restarted at once, ready again %d ms after its launch"
                        .formatted(atKill, ready);
                for (Thread thread : writers) {
                    thread.join();
                }
            }
            long writing = (System.nanoTime() - started) / 1_000_000;
            String admin = replicas.tokens.token("drill-admin", "admin");
            long caughtUp = awaitCaughtUp(replicas, clients, admin);
            replicas.stop(0);
            replicas.stop(1);
            Set<String> database = databaseObjects(replicas);
            List<String> diffs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Set<String> index = indexObjects(replicas.indexDir(i));
                Set<String> missing = new HashSet<>(database);
                missing.removeAll(index);
                Set<String> extra = new HashSet<>(index);
                extra.removeAll(database);
                diffs.add("replica %d: %d documents, %d missing or stale, %d extra".formatted(i, index.size(), missing.size(), extra.size()));
                String replica = "replica " + i;
                failures.addAll(missing.stream().limit(5).map(m -> "missing in " + replica + ": " + m).toList());
                failures.addAll(extra.stream().limit(5).map(m -> "extra in " + replica + ": " + m).toList());
            }
            String result = ("Kill drill: %d release-note updates in %d ms by 4 writers sending to any ready replica "
                    + "(%d requests failed and were retried: %s); %s; both indexes caught up %d ms after the last update; "
                    + "PostgreSQL holds %d objects; %s").formatted(done.get(), writing, failed.get(),
                            "sent to the killed replica or stale after it", killed, caughtUp, database.size(),
                            String.join("; ", diffs));
            report("kill", result, failures);
            assertThat(failures).as(result).noneMatch(f -> f.startsWith("missing") || f.startsWith("extra"));
            assertThat(done.get()).isGreaterThanOrEqualTo(updates);
        }
    }

    /** Updates the given notes' titles in turn until the shared count reaches the target; failed requests are retried. */
    private void updateUntilDone(GraphQLClient[] clients, ReadyReplicas balancer, String pm, List<String> notes, AtomicInteger done,
            AtomicInteger failed, ConcurrentLinkedQueue<String> failures) {
        Map<String, Integer> versions = new java.util.HashMap<>();
        int turn = 0;
        while (done.get() < updates) {
            String id = notes.get(turn++ % notes.size());
            int i = balancer.pick();
            if (i < 0) {
                sleep(10);
                continue;
            }
            try {
                Integer version = versions.get(id);
                if (version == null) {
                    version = clients[i].data(pm, NOTE, Map.of("id", id), SHORT).get("releaseNote").get("version").asInt();
                }
                JsonNode payload = clients[i].data(pm, UPDATE, Map.of("input", Map.of("id", id, "version", version,
                        "title", "Правка " + turn + " заметки " + id.substring(0, 6))), SHORT).get("updateReleaseNote");
                if (payload.get("userErrors").isEmpty()) {
                    versions.put(id, payload.get("releaseNote").get("version").asInt());
                    done.incrementAndGet();
                } else {
                    versions.remove(id); // stale: a request that failed had committed; read the version again
                    failed.incrementAndGet();
                }
            } catch (Exception e) {
                versions.remove(id);
                failed.incrementAndGet();
                if (failures.size() < 20) {
                    failures.add("replica " + i + ": " + e);
                }
            }
        }
    }

    /** Waits until both replicas' indexes have applied every outbox event; returns the milliseconds waited. */
    private static long awaitCaughtUp(Replicas replicas, GraphQLClient[] clients, String admin) throws Exception {
        long start = System.nanoTime();
        long last;
        try (Connection c = replicas.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select coalesce(max(seq), 0) from index_event")) {
            rs.next();
            last = rs.getLong(1);
        }
        for (GraphQLClient client : clients) {
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (client.data(admin, "{ searchIndexStatus { outboxPosition } }", Map.of(), SHORT).get("searchIndexStatus")
                    .get("outboxPosition").asLong() < last) {
                assertThat(System.nanoTime()).as("index caught up within 2 minutes").isLessThan(deadline);
                Thread.sleep(50);
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Every indexed object as PostgreSQL holds it: type, id and the text its document is titled with. */
    private static Set<String> databaseObjects(Replicas replicas) throws Exception {
        Set<String> objects = new HashSet<>();
        try (Connection c = replicas.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        select 'CARD', id, title from feature_card
                        union all select 'SEGMENT', id, name from segment
                        union all select 'GLOSSARY', id, term from glossary_term
                        union all select 'RELEASE', id, title from release_note""")) {
            while (rs.next()) {
                objects.add(rs.getString(1) + ":" + rs.getLong(2) + ":" + rs.getString(3));
            }
        }
        return objects;
    }

    /** The same from the last commit of a replica's index directory, read with Lucene. */
    private static Set<String> indexObjects(Path searchDir) throws Exception {
        Path index = searchDir.resolve(Files.readString(searchDir.resolve("current"), StandardCharsets.UTF_8).strip());
        Set<String> objects = new HashSet<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            Bits live = MultiBits.getLiveDocs(reader);
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    var d = stored.document(doc);
                    objects.add(d.get("type") + ":" + d.getField("id").numericValue().longValue() + ":" + d.get("title"));
                }
            }
        }
        return objects;
    }

    private static void importSampleContent(Replicas replicas, GraphQLClient client) throws Exception {
        JsonNode imported = client.data(replicas.tokens.token("drill-admin", "admin"), IMPORT, Map.of(), Duration.ofMinutes(5))
                .get("importContent");
        assertThat(imported.get("applied").asBoolean()).as(imported.toString()).isTrue();
    }

    private static void report(String drill, String result, Iterable<String> failures) throws Exception {
        List<String> lines = new ArrayList<>(List.of(result));
        failures.forEach(lines::add);
        System.out.println(String.join("\n", lines));
        Files.createDirectories(WORK);
        Files.write(WORK.resolve(drill + ".txt"), lines, StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
