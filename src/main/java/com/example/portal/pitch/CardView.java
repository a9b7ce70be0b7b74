package com.example.portal.pitch;

import java.util.List;

/** A published card as the matcher sees it. */
public record CardView(long id, String title, String productSlug, String productName, List<SegmentView> targets,
        List<SegmentView> antiSegments) {
}
