package com.example.portal.cards;

import org.eclipse.microprofile.graphql.Description;

@Description("Why a card needs its owner to check it again.")
public enum VerificationReason {
    @Description("Nobody has verified it yet.")
    NEVER_VERIFIED,
    @Description("Its verification interval has passed.")
    OVERDUE,
    @Description("Evidence was added, changed or deleted since it was verified.")
    EVIDENCE_CHANGED,
    @Description("A segment it targets or excludes changed, or its segments were changed, since it was verified.")
    SEGMENTS_CHANGED
}
