package com.example.portal.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import com.example.portal.content.api.ImportContentPayload;
import com.example.portal.content.api.ImportCount;
import com.example.portal.graphql.UserError;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Imports the content directory into PostgreSQL in one transaction: every file is read and every object
 * validated by its feature's service; any problem rolls the whole import back, and all problems are reported. The
 * files are read chunk by chunk inside the transaction (ContentFiles#read), each chunk upserted before the next is read.
 */
@ApplicationScoped
public class ContentImporter {

    private static final Logger LOG = Logger.getLogger(ContentImporter.class);
    private static final int BATCH = 100;

    @Inject
    ContentKinds kinds;

    @Inject
    ContentConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    ImportMetrics metrics;

    public ImportContentPayload importFrom(Path dir) {
        return metrics.timed(() -> importAll(dir));
    }

    private ImportContentPayload importAll(Path dir) {
        List<ContentProblem> problems = new ArrayList<>();
        ImportContentPayload payload = new ImportContentPayload();
        if (!Files.isDirectory(dir)) {
            problems.add(new ContentProblem(dir.toString(), 1, "The content directory does not exist."));
            return finish(payload, problems, List.of());
        }
        List<ImportCount> counts = new ArrayList<>();
        AtomicBoolean rolledBackForProblems = new AtomicBoolean();
        try {
            QuarkusTransaction.requiringNew().timeout((int) config.importTimeout().toSeconds()).run(() -> {
                // In the order of the kinds, which is that of references: an object's references are upserted before it.
                kinds.all().forEach(kind -> counts.add(importKind(kind, dir, problems)));
                if (!problems.isEmpty()) {
                    rolledBackForProblems.set(true);
                    QuarkusTransaction.setRollbackOnly();
                }
            });
        } catch (RuntimeException e) {
            // A transaction marked rollback-only ends in an exception too: that is the files' problems, already reported,
            // not the database's (it used to add "the database refused" and an ERROR to every refused import).
            if (!rolledBackForProblems.get()) {
                LOG.error("Content import failed in the database", e);
                problems.add(new ContentProblem(dir.toString(), 1, "The database refused the import; nothing was imported."));
            }
        }
        return finish(payload, problems, counts);
    }

    /**
     * Upserts each chunk of a kind's files as it is read, so that only one chunk is in memory; files with problems
     * are upserted too, so that every problem is found before the transaction is rolled back.
     */
    private <I> ImportCount importKind(ContentKind<I> kind, Path dir, List<ContentProblem> problems) {
        AtomicInteger count = new AtomicInteger();
        kind.files().read(dir, problems, chunk -> {
            count.addAndGet(chunk.size());
            upsert(kind.upserts(), chunk);
        });
        return new ImportCount(kind.name(), count.get());
    }

    /**
     * Upserts the files in order, writing and forgetting each batch: every lookup flushes the persistence context
     * first, and with every imported object still managed each flush would check them all, so the import's time grew
     * with the square of its size (27 cards/s at 1,000 cards).
     */
    private <I> void upsert(ContentKind.Upserts<I> upserts, List<ContentFile<I>> files) {
        Function<I, List<UserError>> upsert = upserts.prepare(files.stream().map(ContentFile::input).toList());
        int done = 0;
        for (ContentFile<I> file : files) {
            file.file().report(upsert.apply(file.input()), file.item());
            if (++done % BATCH == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        }
        entityManager.flush();
        entityManager.clear();
    }

    private static ImportContentPayload finish(ImportContentPayload payload, List<ContentProblem> problems, List<ImportCount> counts) {
        payload.applied = problems.isEmpty();
        payload.problems = List.copyOf(problems);
        payload.counts = counts;
        return payload;
    }
}
