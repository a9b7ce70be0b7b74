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
 * Facet counts of a search (type, product, segment, funnel stage, tag; the most frequent values of each, at most
 * {@link #TOP}, as many as the client asks for). The ordinals of a reader's
 * facet values are read once per reader, that is once per refresh, not per search.
 */
@ApplicationScoped
public class FacetCounter {

    static final int TOP = 50;
    private static final SearchFacets NONE = new SearchFacets(List.of(), List.of(), List.of(), List.of(), List.of());

    /** Facet ordinals of one reader. */
    private record ReaderFacets(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    private volatile ReaderFacets latest;

    /** The counts over what the collector gathered on this searcher: the {@code values} most frequent per dimension. */
    SearchFacets count(IndexReader reader, FacetsCollector collector, int values) throws IOException {
        ReaderFacets facets = latest;
        if (facets == null || facets.reader() != reader) {
            try {
                facets = new ReaderFacets(reader, new DefaultSortedSetDocValuesReaderState(reader, IndexMapping.FACETS));
            } catch (IllegalArgumentException e) {
                return NONE; // an empty index has no facet field yet
            }
            latest = facets;
        }
        return count(facets.state(), collector, values);
    }

    static SearchFacets count(SortedSetDocValuesReaderState state, FacetsCollector collector, int values) throws IOException {
        Facets counts = new SortedSetDocValuesFacetCounts(state, collector);
        return new SearchFacets(top(counts, IndexMapping.FACET_TYPE, values), top(counts, IndexMapping.FACET_PRODUCT, values),
                top(counts, IndexMapping.FACET_SEGMENT, values), top(counts, IndexMapping.FACET_STAGE, values),
                top(counts, IndexMapping.FACET_TAG, values));
    }

    private static List<FacetValue> top(Facets counts, String dim, int values) throws IOException {
        FacetResult top;
        try {
            top = counts.getTopChildren(values, dim);
        } catch (IllegalArgumentException e) {
            return List.of(); // no document has this dimension yet
        }
        return top == null ? List.of()
                : Arrays.stream(top.labelValues).map((LabelAndValue lv) -> new FacetValue(lv.label, lv.value.longValue())).toList();
    }
}
