package com.example.portal.content;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.example.portal.cards.CardImportLookups;
import com.example.portal.cards.FeatureCardService;
import com.example.portal.cards.ImportedCard;
import com.example.portal.evidence.EvidenceService;
import com.example.portal.glossary.GlossaryService;
import com.example.portal.graphql.UserError;
import com.example.portal.products.ProductService;
import com.example.portal.releases.ReleaseNoteService;
import com.example.portal.segments.SegmentService;

/**
 * The kinds of content, in the order content/README.md lists their files, which is also the order of their references
 * (cards name products, segments and glossary terms; evidence and release notes name cards): the importer reads,
 * counts and upserts them in this order, the exporter writes and counts them in it.
 */
@ApplicationScoped
class ContentKinds {

    private final List<ContentKind<?>> kinds;

    @Inject
    ContentKinds(ProductService products, SegmentService segments, GlossaryService glossary, FeatureCardService cards,
            EvidenceService evidence, ReleaseNoteService releases, ContentConfig config) {
        ContentKind<ImportedCard> cardKind = new ContentKind<>("cards", new CardFiles(config.importChunk()), cards::exportAll,
                inputs -> {
                    CardImportLookups lookups = cards.importLookups(inputs);
                    return card -> cards.upsert(card, lookups);
                });
        kinds = List.of(
                listFile("products", "products.yaml", ProductFileReader::read, ContentFileWriter::products,
                        products::exportAll, products::upsert),
                listFile("segments", "segments.yaml", SegmentFileReader::read, ContentFileWriter::segments,
                        segments::exportAll, segments::upsert),
                listFile("glossaryTerms", "glossary.yaml", GlossaryFileReader::read, ContentFileWriter::glossary,
                        glossary::exportAll, glossary::upsert),
                cardKind,
                listFile("evidence", "evidence.yaml", EvidenceFileReader::read, ContentFileWriter::evidence,
                        evidence::exportAll, evidence::upsert),
                listFile("releaseNotes", "releases.yaml", ReleaseFileReader::read, ContentFileWriter::releases,
                        releases::exportAll, releases::upsert));
    }

    List<ContentKind<?>> all() {
        return kinds;
    }

    /** A kind held in one YAML list file, whose objects are upserted one by one. */
    private static <I> ContentKind<I> listFile(String name, String fileName,
            BiFunction<SourceFile, String, List<ContentFile<I>>> reader, Function<List<I>, String> writer,
            Supplier<List<I>> exportAll, Function<I, List<UserError>> upsert) {
        return new ContentKind<>(name, ContentFiles.listFile(fileName, reader, writer), exportAll, inputs -> upsert);
    }
}
