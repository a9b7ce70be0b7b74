package com.example.portal.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

import com.example.portal.search.analysis.IndexedText;
import com.example.portal.search.analysis.PortalAnalyzers;

/** How a search document becomes a Lucene document. Bump VERSION when it changes: indexes of older versions are rebuilt. */
final class IndexMapping {

    static final String VERSION = "10";

    static final String KEY = "key";
    static final String TYPE = "type";
    static final String ID = "id";
    static final String SLUG = "slug";
    static final String VISIBLE = "visible";
    /** Present ("yes") on discouraged documents only: jargon entries of the glossary. */
    static final String DISCOURAGED = "discouraged";
    static final String TITLE = "title";
    static final String ALIASES = "aliases";
    static final String SUMMARY = "summary";
    static final String KEYWORDS = "keywords";
    static final String PITCH = "pitch";
    static final String BODY = "body";
    static final String SUGGEST = "suggest";
    /** Every text again, as roots and as transliteration keys: matched below exact words (see PortalAnalyzers). */
    static final String ROOTS = PortalAnalyzers.ROOTS;
    static final String TRANSLITERATION = PortalAnalyzers.TRANSLITERATION;
    /** A client's situations and objections, one value each, as roots: how much of a query one of them says. */
    static final String SITUATIONS = PortalAnalyzers.SITUATIONS;

    static final String FACET_TYPE = "type";
    static final String FACET_PRODUCT = "product";
    static final String FACET_SEGMENT = "segment";
    static final String FACET_STAGE = "funnelStage";
    static final String FACET_TAG = "tag";

    static final String[] TEXT_FIELDS = {TITLE, ALIASES, SUMMARY, KEYWORDS, PITCH, BODY};

    static final FacetsConfig FACETS = facets();

    /** Indexed with offsets, so hits can be highlighted without re-analysis; stored beside, as a {@link StoredField}. */
    private static final FieldType TEXT = text();
    /**
     * Roots and transliteration keys: matched word by word, never as a phrase, so without positions (a smaller index,
     * written and merged faster; a phrase query on them would fail loudly).
     */
    private static final FieldType WORDS_ONLY = wordsOnly();

    private IndexMapping() {
    }

    static Term key(SearchType type, long id) {
        return new Term(KEY, type.name() + ":" + id);
    }

    static Document toLucene(SearchDocument doc) {
        return toLucene(doc, PortalAnalyzers.SNOWBALL);
    }

    /** With another stemming than the index's (the relevance tests compare some); the writer's analyzer must match. */
    static Document toLucene(SearchDocument doc, PortalAnalyzers.Stemming stemming) {
        Document d = new Document();
        d.add(new StringField(KEY, doc.type().name() + ":" + doc.id(), Field.Store.NO));
        d.add(new StringField(TYPE, doc.type().name(), Field.Store.YES));
        d.add(new StoredField(ID, doc.id()));
        d.add(new LongPoint(ID, doc.id()));
        d.add(new StringField(SLUG, doc.slug(), Field.Store.YES));
        // A hit's type, id and slug also as doc values: reading them from the stored fields meant decompressing each
        // hit's texts a second time (the highlighter reads them too), a third of a search's time.
        d.add(new SortedDocValuesField(TYPE, new BytesRef(doc.type().name())));
        d.add(new NumericDocValuesField(ID, doc.id()));
        d.add(new SortedDocValuesField(SLUG, new BytesRef(doc.slug())));
        d.add(new StringField(VISIBLE, doc.visibleToAll() ? "all" : "restricted", Field.Store.NO));
        if (doc.discouraged()) {
            d.add(new StringField(DISCOURAGED, "yes", Field.Store.NO));
        }
        Texts texts = new Texts(d, stemming);
        texts.add(TITLE, doc.title());
        for (String alias : doc.aliases()) {
            texts.add(ALIASES, alias);
        }
        texts.addUnlessBlank(SUMMARY, doc.summary());
        for (String keyword : doc.keywords()) {
            texts.add(KEYWORDS, keyword);
        }
        // The slug is the object's English name («vacancy-analytics», «missed-call-share»): it answers English queries
        // about Russian text. Split into words, so it adds no joined compound.
        texts.add(KEYWORDS, doc.slug().replace('-', ' '));
        texts.addUnlessBlank(PITCH, doc.pitch());
        texts.addUnlessBlank(BODY, doc.body());
        texts.addRootsAndTransliteration();
        // Not stored, not highlighted: the same texts are in the summary and pitch fields, which show the match.
        for (String situation : doc.situations() == null ? List.<String>of() : doc.situations()) {
            d.add(PortalAnalyzers.indexed(situation, stemming).roots(SITUATIONS, TextField.TYPE_NOT_STORED));
        }
        d.add(new Field(SUGGEST, doc.title(), TextField.TYPE_NOT_STORED));
        for (String alias : doc.aliases()) {
            d.add(new Field(SUGGEST, alias, TextField.TYPE_NOT_STORED));
        }
        d.add(new SortedSetDocValuesFacetField(FACET_TYPE, doc.type().name()));
        if (doc.product() != null) {
            d.add(new SortedSetDocValuesFacetField(FACET_PRODUCT, doc.product()));
        }
        doc.segments().forEach(s -> d.add(new SortedSetDocValuesFacetField(FACET_SEGMENT, s)));
        doc.funnelStages().forEach(s -> d.add(new SortedSetDocValuesFacetField(FACET_STAGE, s)));
        doc.tags().forEach(t -> d.add(new SortedSetDocValuesFacetField(FACET_TAG, t)));
        try {
            return FACETS.build(d);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A document's texts: each stored, and indexed with offsets in its own field (so hits can be highlighted without
     * re-analysis), as roots and as transliteration keys, its words read once for the three.
     */
    private static final class Texts {
        private final Document document;
        private final PortalAnalyzers.Stemming stemming;
        private final List<Field> roots = new ArrayList<>();
        private final List<Field> transliteration = new ArrayList<>();

        Texts(Document document, PortalAnalyzers.Stemming stemming) {
            this.document = document;
            this.stemming = stemming;
        }

        void addUnlessBlank(String field, String text) {
            if (text != null && !text.isBlank()) {
                add(field, text);
            }
        }

        void add(String field, String text) {
            IndexedText indexed = PortalAnalyzers.indexed(text, stemming);
            document.add(new StoredField(field, text));
            document.add(indexed.words(field, TEXT));
            roots.add(indexed.roots(ROOTS, WORDS_ONLY));
            transliteration.add(indexed.transliteration(WORDS_ONLY));
        }

        /** After the texts, in their order, as the fields' positions and offsets always ran. */
        void addRootsAndTransliteration() {
            for (int i = 0; i < roots.size(); i++) {
                document.add(roots.get(i));
                document.add(transliteration.get(i));
            }
        }
    }

    private static FieldType wordsOnly() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    private static FieldType text() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static FacetsConfig facets() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : new String[] {FACET_SEGMENT, FACET_STAGE, FACET_TAG}) {
            config.setMultiValued(dim, true);
        }
        return config;
    }
}
