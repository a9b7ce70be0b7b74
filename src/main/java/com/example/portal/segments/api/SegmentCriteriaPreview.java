package com.example.portal.segments.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.UserError;

@Description("What saving a segment as edited would do, computed without storing anything: the criteria's sentence, "
        + "whether the segment would change, and (field cardsToReverify) the cards that would be flagged for re-verification.")
public class SegmentCriteriaPreview {

    /** The segment being edited, for the cards that use it; null for a new segment or when refused. */
    @Ignore
    public Long segmentDbId;

    @Description("The criteria as one plain Russian sentence, as the segment would show it; null when the input was refused.")
    public String sentence;

    @NonNull
    @Description("Whether saving would change the stored segment (name, description or criteria), which flags every "
            + "card that targets or excludes it for re-verification; false for a new segment.")
    public boolean changesSegment;

    @NonNull
    @Description("What updateSegment or createSegment would refuse; empty when the input is valid.")
    public List<@NonNull UserError> userErrors = List.of();
}
