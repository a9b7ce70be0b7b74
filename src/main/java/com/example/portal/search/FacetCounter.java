package com.example.portal.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    private static final String[] DIMS = {IndexMapping.FACET_TYPE, IndexMapping.FACET_PRODUCT, IndexMapping.FACET_SEGMENT,
            IndexMapping.FACET_STAGE, IndexMapping.FACET_TAG};

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
                return new SearchFacets(); // an empty index has no facet field yet
            }
            latest = facets;
        }
        return count(facets.state(), collector);
    }

    static SearchFacets count(SortedSetDocValuesReaderState state, FacetsCollector collector) throws IOException {
        Facets counts = new SortedSetDocValuesFacetCounts(state, collector);
        Map<String, List<FacetValue>> byDim = new HashMap<>();
        for (String dim : DIMS) {
            FacetResult top;
            try {
                top = counts.getTopChildren(TOP, dim);
            } catch (IllegalArgumentException e) {
                top = null; // no document has this dimension yet
            }
            byDim.put(dim, top == null ? List.of()
                    : Arrays.stream(top.labelValues).map((LabelAndValue lv) -> new FacetValue(lv.label, lv.value.longValue())).toList());
        }
        SearchFacets result = new SearchFacets();
        result.type = byDim.get(IndexMapping.FACET_TYPE);
        result.product = byDim.get(IndexMapping.FACET_PRODUCT);
        result.segment = byDim.get(IndexMapping.FACET_SEGMENT);
        result.funnelStage = byDim.get(IndexMapping.FACET_STAGE);
        result.tag = byDim.get(IndexMapping.FACET_TAG);
        return result;
    }
}
