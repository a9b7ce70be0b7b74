package com.example.portal.cards;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.example.portal.cards.api.CardFieldChange;
import com.example.portal.cards.api.CardStepInput;
import com.example.portal.cards.api.FeatureCard;
import com.example.portal.cards.api.FeatureCardPayload;
import com.example.portal.cards.api.PendingCardRevision;
import com.example.portal.cards.api.ReviewItem;
import com.example.portal.cards.api.ReviewItemConnection;
import com.example.portal.glossary.api.GlossaryTerm;
import com.example.portal.graphql.PageRequest;
import com.example.portal.products.api.Product;
import com.example.portal.security.Allowed;
import com.example.portal.security.Role;
import com.example.portal.segments.api.Segment;

@GraphQLApi
@Allowed(Role.PM)
public class PendingRevisionGraphQLApi {

    @Inject
    PendingRevisions pending;

    @Inject
    CardDiff diff;

    /** The card's own batched loaders, given the proposed content: an editor reopens a pending edit with its references. */
    @Inject
    FeatureCardGraphQLApi cardFields;

    @Query("reviewQueue")
    @Description("What waits for a reviewer: cards in review (first publication) and pending edits of published cards, "
            + "each with what changed, longest waiting first. Edits sent back with requestPendingRevisionChanges leave it.")
    public @NonNull ReviewItemConnection reviewQueue(
            @Description("Page size, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("Cursor of the item after which the page starts.") String after) {
        return pending.queue(PageRequest.of(first, after));
    }

    @Mutation("approvePendingRevision")
    @Description("Publishes a published card's pending edit: readers see it from now on. FORBIDDEN for a PM who edited it; "
            + "an admin who edited it may approve it with a comment (recorded with the revision).")
    public @NonNull FeatureCardPayload approvePendingRevision(@NonNull @Description("The card, its version and a comment.") CardStepInput input) {
        return pending.approve(input);
    }

    @Mutation("requestPendingRevisionChanges")
    @Description("Sends a pending edit back to its authors with a comment (required); it stays pending until edited again.")
    public @NonNull FeatureCardPayload requestPendingRevisionChanges(@NonNull @Description("The card, its version and what to change.") CardStepInput input) {
        return pending.requestChanges(input);
    }

    @Mutation("discardPendingRevision")
    @Description("Drops a pending edit; the published text stays. For the edit's authors and admins.")
    public @NonNull FeatureCardPayload discardPendingRevision(@NonNull @Description("The card, its version and an optional comment.") CardStepInput input) {
        return pending.discard(input);
    }

    @Name("pendingRevision")
    @Description("The edit of this published card waiting for review; null when there is none (PMs and admins; FORBIDDEN for others).")
    public List<PendingCardRevision> pendingRevision(@Source List<FeatureCard> cards) {
        Map<Long, PendingCardRevision> found = pending.of(cards.stream().map(c -> c.dbId).toList());
        return cards.stream().map(c -> found.get(c.dbId)).toList();
    }

    @Name("changes")
    @Description("Every field the edit changes, published text against proposed text, word by word.")
    public @NonNull List<@NonNull List<@NonNull CardFieldChange>> pendingChanges(@Source List<PendingCardRevision> revisions) {
        return diff.of(revisions.stream().map(r -> new CardDiff.Change(r.published, r.proposed)).toList());
    }

    @Name("product")
    @Description("The product after approval.")
    public @NonNull List<@NonNull Product> pendingProduct(@Source List<PendingCardRevision> revisions) {
        return cardFields.product(proposed(revisions));
    }

    @Name("targetSegments")
    @Description("Segments to pitch the feature to, after approval.")
    public @NonNull List<@NonNull List<@NonNull Segment>> pendingTargetSegments(@Source List<PendingCardRevision> revisions) {
        return cardFields.targetSegments(proposed(revisions));
    }

    @Name("antiSegments")
    @Description("Segments NOT to pitch the feature to, after approval.")
    public @NonNull List<@NonNull List<@NonNull Segment>> pendingAntiSegments(@Source List<PendingCardRevision> revisions) {
        return cardFields.antiSegments(proposed(revisions));
    }

    @Name("glossaryTerms")
    @Description("Glossary terms the card uses, after approval.")
    public @NonNull List<@NonNull List<@NonNull GlossaryTerm>> pendingGlossaryTerms(@Source List<PendingCardRevision> revisions) {
        return cardFields.glossaryTerms(proposed(revisions));
    }

    private static List<FeatureCard> proposed(List<PendingCardRevision> revisions) {
        return revisions.stream().map(r -> r.proposed).toList();
    }

    @Name("changes")
    @Description("What approval changes: every changed field of an edit, or every filled field of a first publication.")
    public @NonNull List<@NonNull List<@NonNull CardFieldChange>> reviewChanges(@Source List<ReviewItem> items) {
        return diff.of(items.stream().map(i -> new CardDiff.Change(i.before, i.after)).toList());
    }
}
