package com.example.portal.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import com.example.portal.cards.FeatureCardService;
import com.example.portal.content.api.ImportContentPayload;
import com.example.portal.content.api.ImportCount;
import com.example.portal.evidence.EvidenceService;
import com.example.portal.glossary.GlossaryService;
import com.example.portal.graphql.UserError;
import com.example.portal.products.ProductService;
import com.example.portal.releases.ReleaseNoteService;
import com.example.portal.segments.SegmentService;

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
    ProductService products;

    @Inject
    SegmentService segments;

    @Inject
    GlossaryService glossary;

    @Inject
    FeatureCardService cards;

    @Inject
    EvidenceService evidence;

    @Inject
    ReleaseNoteService releases;

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
        var productFiles = ProductFileReader.read(file("products.yaml", problems), read(dir, "products.yaml", problems));
        var segmentFiles = SegmentFileReader.read(file("segments.yaml", problems), read(dir, "segments.yaml", problems));
        var glossaryFiles = GlossaryFileReader.read(file("glossary.yaml", problems), read(dir, "glossary.yaml", problems));
        var cardFiles = readCards(dir, problems);
        var evidenceFiles = EvidenceFileReader.read(file("evidence.yaml", problems), read(dir, "evidence.yaml", problems));
        var releaseFiles = ReleaseFileReader.read(file("releases.yaml", problems), read(dir, "releases.yaml", problems));
        List<ImportCount> counts = List.of(new ImportCount("products", productFiles.size()),
                new ImportCount("segments", segmentFiles.size()), new ImportCount("glossaryTerms", glossaryFiles.size()),
                new ImportCount("cards", cardFiles.size()), new ImportCount("evidence", evidenceFiles.size()),
                new ImportCount("releaseNotes", releaseFiles.size()));
        try {
            QuarkusTransaction.requiringNew().timeout((int) config.importTimeout().toSeconds()).run(() -> {
                // Order follows references: cards name products, segments and terms; evidence and notes name cards.
                upsert(productFiles, products::upsert);
                upsert(glossaryFiles, glossary::upsert);
                upsert(segmentFiles, segments::upsert);
                var lookups = cards.importLookups(cardFiles.stream().map(ContentFile::input).toList());
                upsert(cardFiles, card -> cards.upsert(card, lookups));
                upsert(evidenceFiles, evidence::upsert);
                upsert(releaseFiles, releases::upsert);
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

    /**
     * Upserts the files in order, writing and forgetting each batch: every lookup flushes the persistence context
     * first, and with every imported object still managed each flush would check them all, so the import's time grew
     * with the square of its size (27 cards/s at 1,000 cards).
     */
    private <I> void upsert(List<ContentFile<I>> files, Function<I, List<UserError>> upsert) {
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

    private static List<ContentFile<com.example.portal.cards.ImportedCard>> readCards(Path dir,
            List<ContentProblem> problems) {
        Path cardsDir = dir.resolve("cards");
        List<ContentFile<com.example.portal.cards.ImportedCard>> result = new ArrayList<>();
        if (!Files.isDirectory(cardsDir)) {
            return result;
        }
        try (Stream<Path> paths = Files.list(cardsDir)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String name = "cards/" + path.getFileName();
                String slug = path.getFileName().toString().replaceFirst("\\.md$", "");
                var card = CardFileReader.read(file(name, problems), slug, read(dir, name, problems));
                if (card != null) {
                    result.add(card);
                }
            }
        } catch (IOException e) {
            problems.add(new ContentProblem("cards", 1, "Cannot list the cards directory: " + e.getMessage()));
        }
        return result;
    }

    private static SourceFile file(String name, List<ContentProblem> problems) {
        return new SourceFile(name, 0, problems);
    }

    /** A file's text; a missing optional file reads as an empty list. */
    private static String read(Path dir, String name, List<ContentProblem> problems) {
        Path path = dir.resolve(name);
        if (!Files.exists(path)) {
            return "[]";
        }
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new ContentProblem(name, 1, "Cannot read the file: " + e.getMessage()));
            return "[]";
        }
    }
}
