package com.example.portal.pitch;

import java.util.List;

import com.example.portal.segments.MetricRule;

/** A segment's criteria as the matcher sees them: plain data, product slugs with display names. */
public record SegmentView(long id, String name, Integer sizeMin, Integer sizeMax, List<String> industries,
        List<ProductRef> productsOwned, List<ProductRef> productsNotOwned, List<MetricRule> conditions) {

    public record ProductRef(String slug, String name) {
    }
}
