package com.example.portal.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

import com.example.portal.search.api.FacetValue;
import com.example.portal.search.api.SearchFacets;

/**
 * Facet counts of a search (type, product, segment, funnel stage, tag; top 50 each). The ordinals of a reader's
 * facet values are read once per reader, that is once per refresh, not per search.
 */
@ApplicationScoped
public class FacetCounter {

    private static final int TOP = 50;
    private static final SearchFacets NONE = new SearchFacets(List.of(), List.of(), List.of(), List.of(), List.of());

    /** Facet ordinals of one reader. */
    private record ReaderFacets(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    private volatile ReaderFacets latest;

    /** The counts over what the collector gathered on this searcher. */
    SearchFacets count(IndexReader reader, FacetsCollector collector) throws IOException {
        ReaderFacets facets = latest;
        if (facets == null || facets.reader() != reader) {
            try {
                facets = new ReaderFacets(reader, new DefaultSortedSetDocValuesReaderState(reader, IndexMapping.FACETS));
            } catch (IllegalArgumentException e) {
                return NONE; // an empty index has no facet field yet
            }
            latest = facets;
        }
        return count(facets.state(), collector);
    }

    static SearchFacets count(SortedSetDocValuesReaderState state, FacetsCollector collector) throws IOException {
        Facets counts = new SortedSetDocValuesFacetCounts(state, collector);
        return new SearchFacets(top(counts, IndexMapping.FACET_TYPE), top(counts, IndexMapping.FACET_PRODUCT),
                top(counts, IndexMapping.FACET_SEGMENT), top(counts, IndexMapping.FACET_STAGE), top(counts, IndexMapping.FACET_TAG));
    }

    private static List<FacetValue> top(Facets counts, String dim) throws IOException {
        FacetResult top;
        try {
            top = counts.getTopChildren(TOP, dim);
        } catch (IllegalArgumentException e) {
            return List.of(); // no document has this dimension yet
        }
        return top == null ? List.of()
                : Arrays.stream(top.labelValues).map((LabelAndValue lv) -> new FacetValue(lv.label, lv.value.longValue())).toList();
    }
}
