package com.example.portal.cards.api;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.cards.VerificationReason;

@Description("Whether a card is still known to be true: when its owner last checked it and whether it is due again.")
public class CardVerification {

    @Description("When it was last verified; null when never.")
    public OffsetDateTime lastVerifiedAt;

    @Description("Who verified it last; null when never, or when the date came from the content files.")
    public String lastVerifiedBy;

    @NonNull
    @Description("The verification interval in days.")
    public int everyDays;

    @Description("When the next verification is due; null when never verified.")
    public OffsetDateTime dueAt;

    @NonNull
    @Description("Whether the owner should check the card now.")
    public boolean needed;

    @NonNull
    @Description("Why it is needed; empty when it is not.")
    public List<@NonNull VerificationReason> reasons;

    public static CardVerification of(OffsetDateTime verifiedAt, String verifiedBy, int everyDays, OffsetDateTime evidenceChanged,
            OffsetDateTime segmentsChanged, OffsetDateTime now) {
        CardVerification v = new CardVerification();
        v.lastVerifiedAt = verifiedAt;
        v.lastVerifiedBy = verifiedBy;
        v.everyDays = everyDays;
        v.dueAt = verifiedAt == null ? null : verifiedAt.plusDays(everyDays);
        List<VerificationReason> reasons = new ArrayList<>();
        if (verifiedAt == null) {
            reasons.add(VerificationReason.NEVER_VERIFIED);
        } else {
            if (v.dueAt.isBefore(now)) {
                reasons.add(VerificationReason.OVERDUE);
            }
            if (evidenceChanged != null && evidenceChanged.isAfter(verifiedAt)) {
                reasons.add(VerificationReason.EVIDENCE_CHANGED);
            }
            if (segmentsChanged != null && segmentsChanged.isAfter(verifiedAt)) {
                reasons.add(VerificationReason.SEGMENTS_CHANGED);
            }
        }
        v.reasons = reasons;
        v.needed = !reasons.isEmpty();
        return v;
    }
}
