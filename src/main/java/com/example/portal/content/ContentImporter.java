package com.example.portal.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * validated by its feature's service; any problem rolls the whole import back, and all problems are reported.
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

    /** The objects of one kind read from their files. */
    private record KindFiles<I>(ContentKind<I> kind, List<ContentFile<I>> files) {
    }

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
        List<KindFiles<?>> kindFiles = kinds.all().stream().<KindFiles<?>>map(kind -> read(kind, dir, problems)).toList();
        List<ImportCount> counts = kindFiles.stream().map(read -> new ImportCount(read.kind().name(), read.files().size())).toList();
        try {
            QuarkusTransaction.requiringNew().timeout((int) config.importTimeout().toSeconds()).run(() -> {
                // In the order of the kinds, which is that of references: an object's references are upserted before it.
                kindFiles.forEach(this::upsert);
                if (!problems.isEmpty()) {
                    QuarkusTransaction.setRollbackOnly();
                }
            });
        } catch (RuntimeException e) {
            LOG.error("Content import failed in the database", e);
            problems.add(new ContentProblem(dir.toString(), 1, "The database refused the import; nothing was imported."));
        }
        return finish(payload, problems, counts);
    }

    private static <I> KindFiles<I> read(ContentKind<I> kind, Path dir, List<ContentProblem> problems) {
        return new KindFiles<>(kind, kind.files().read(dir, problems));
    }

    /**
     * Upserts the files in order, writing and forgetting each batch: every lookup flushes the persistence context
     * first, and with every imported object still managed each flush would check them all, so the import's time grew
     * with the square of its size (27 cards/s at 1,000 cards).
     */
    private <I> void upsert(KindFiles<I> read) {
        Function<I, List<UserError>> upsert = read.kind().upserts().prepare(read.files().stream().map(ContentFile::input).toList());
        int done = 0;
        for (ContentFile<I> file : read.files()) {
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
