package com.example.portal.pitch;

import org.eclipse.microprofile.graphql.Description;

@Description("Why a published card is not offered to a client.")
public enum ExclusionReason {
    @Description("The client already has the card's product.")
    ALREADY_OWNS_PRODUCT,
    @Description("The client belongs to one of the card's anti-segments: whom not to pitch it to.")
    ANTI_SEGMENT,
    @Description("Every target segment of the card has a criterion the client does not meet.")
    NO_SEGMENT_FITS,
    @Description("The card names no target segment, so there is nothing to match.")
    NO_AUDIENCE
}
