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

import com.example.portal.cards.api.CardRevision;
import com.example.portal.cards.api.CardRevisionConnection;
import com.example.portal.cards.api.CardStepInput;
import com.example.portal.cards.api.CardVerification;
import com.example.portal.cards.api.FeatureCard;
import com.example.portal.cards.api.FeatureCardConnection;
import com.example.portal.cards.api.FeatureCardPayload;
import com.example.portal.cards.api.RestoreCardRevisionInput;
import com.example.portal.cards.api.VerifyCardInput;
import com.example.portal.graphql.PageRequest;
import com.example.portal.security.Allowed;
import com.example.portal.security.Caller;
import com.example.portal.security.Role;

@GraphQLApi
@Allowed(Role.PM)
public class CardWorkflowGraphQLApi {

    @Inject
    CardWorkflow workflow;

    @Inject
    CardRevisions revisions;

    @Inject
    CardVerifications verifications;

    @Inject
    FeatureCardService cards;

    @Inject
    Caller caller;

    @Mutation("submitCardForReview")
    @Description("Draft → in review. The submitter may not approve it: a second PM or an admin does.")
    public @NonNull FeatureCardPayload submitCardForReview(@NonNull @Description("The card and its version.") CardStepInput input) {
        return workflow.step(input, CardAction.SUBMITTED);
    }

    @Mutation("approveCard")
    @Description("In review → published, visible to sales and marketing; counts as a verification. Refused with FORBIDDEN "
            + "for the PM who submitted it, and with a user error when the card has no owner.")
    public @NonNull FeatureCardPayload approveCard(@NonNull @Description("The card and its version.") CardStepInput input) {
        return workflow.step(input, CardAction.APPROVED);
    }

    @Mutation("requestCardChanges")
    @Description("In review → draft, with a comment saying what to change.")
    public @NonNull FeatureCardPayload requestCardChanges(@NonNull @Description("The card and its version.") CardStepInput input) {
        return workflow.step(input, CardAction.CHANGES_REQUESTED);
    }

    @Mutation("archiveCard")
    @Description("Draft, in review or published → archived: hidden from sales and marketing, kept with its history.")
    public @NonNull FeatureCardPayload archiveCard(@NonNull @Description("The card and its version.") CardStepInput input) {
        return workflow.step(input, CardAction.ARCHIVED);
    }

    @Mutation("reopenCard")
    @Description("Archived → draft.")
    public @NonNull FeatureCardPayload reopenCard(@NonNull @Description("The card and its version.") CardStepInput input) {
        return workflow.step(input, CardAction.REOPENED);
    }

    @Mutation("verifyCard")
    @Description("Records that the card was checked and is still true today, optionally with a new interval.")
    public @NonNull FeatureCardPayload verifyCard(@NonNull @Description("The card and its version.") VerifyCardInput input) {
        return workflow.verify(input);
    }

    @Mutation("restoreCardRevision")
    @Description("Puts back the content of an older revision; the restore is itself a new revision. The status stays.")
    public @NonNull FeatureCardPayload restoreCardRevision(@NonNull @Description("The card, its version and the revision.") RestoreCardRevisionInput input) {
        return workflow.restore(input);
    }

    @Query("cardsToVerify")
    @Description("Published cards of an owner that need checking (never verified, overdue, or their evidence or segments "
            + "changed since), most overdue first.")
    public @NonNull FeatureCardConnection cardsToVerify(
            @Description("The owner's login; the signed-in user when left out.") String owner,
            @Description("Page size, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("Cursor of the item after which the page starts.") String after) {
        return cards.connectionOf(verifications.needed(owner == null ? caller.userName() : owner), PageRequest.of(first, after));
    }

    @Name("revisions")
    @Description("Every change of the card, newest first (PMs and admins; FORBIDDEN for others).")
    public List<CardRevisionConnection> revisions(@Source List<FeatureCard> cardList,
            @Description("Page size, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("Cursor of the item after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after);
        Map<Long, List<CardRevisionEntity>> all = revisions.of(cardList.stream().map(c -> c.dbId).toList());
        return cardList.stream()
                .map(c -> new CardRevisionConnection(page.slice(all.getOrDefault(c.dbId, List.of())).map(CardWorkflowGraphQLApi::toApi)))
                .toList();
    }

    @Name("verification")
    @Description("Whether the card is still known to be true and when it is due to be checked again.")
    @Allowed({ Role.SALES, Role.MARKETING, Role.PM })
    public @NonNull List<@NonNull CardVerification> verification(@Source List<FeatureCard> cardList) {
        Map<Long, CardVerification> states = verifications.of(cardList);
        return cardList.stream().map(c -> states.get(c.dbId)).toList();
    }

    private static CardRevision toApi(CardRevisionEntity e) {
        return CardMapper.INSTANCE.toApi(e, CardSnapshot.fromJson(e.snapshot));
    }
}
