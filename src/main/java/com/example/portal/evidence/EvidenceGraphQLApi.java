package com.example.portal.evidence;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.example.portal.cards.api.FeatureCard;
import com.example.portal.evidence.api.CreateEvidenceInput;
import com.example.portal.evidence.api.Evidence;
import com.example.portal.evidence.api.EvidenceConnection;
import com.example.portal.evidence.api.EvidenceFilter;
import com.example.portal.evidence.api.EvidencePayload;
import com.example.portal.evidence.api.EvidencePreview;
import com.example.portal.evidence.api.EvidencePreviewInput;
import com.example.portal.evidence.api.UpdateEvidenceInput;
import com.example.portal.graphql.DeleteInput;
import com.example.portal.graphql.DeletePayload;
import com.example.portal.graphql.PageRequest;
import com.example.portal.security.Allowed;
import com.example.portal.security.Role;

@GraphQLApi
@Allowed({ Role.SALES, Role.MARKETING, Role.PM })
public class EvidenceGraphQLApi {

    @Inject
    EvidenceService service;

    @Query("evidence")
    @Description("One piece of evidence by global id or by slug (give exactly one); null when there is none.")
    public Evidence evidence(@Id @Description("Global id.") String id, @Description("Slug.") String slug) {
        return service.lookup(id, slug);
    }

    @Query("allEvidence")
    @Description("Evidence matching a filter, newest first, a page at a time.")
    public @NonNull EvidenceConnection allEvidence(
            @Description("Page size, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("Cursor of the item after which the page starts.") String after,
            @Description("Which evidence; all when left out.") EvidenceFilter filter) {
        return service.list(PageRequest.of(first, after), filter);
    }

    @Allowed(Role.PM)
    @Query("evidencePreview")
    @Description("What figures not saved yet would allow to claim (verdict, interval, the quotable claim), computed as "
            + "for stored evidence, with createEvidence's rules as userErrors; stores nothing. For an editor's live preview.")
    public @NonNull EvidencePreview evidencePreview(@NonNull @Description("The figures.") EvidencePreviewInput input) {
        return service.preview(input);
    }

    @Description("Tests and research about this card, newest first.")
    public @NonNull List<@NonNull List<@NonNull Evidence>> evidence(@Source List<FeatureCard> cards) {
        return service.ofCards(cards);
    }

    @Description("The card this evidence is about.")
    public @NonNull List<@NonNull FeatureCard> card(@Source List<Evidence> evidence) {
        return service.cardOf(evidence);
    }

    @Allowed(Role.PM)
    @Mutation("createEvidence")
    @Description("Records a piece of evidence about a card.")
    public @NonNull EvidencePayload createEvidence(@NonNull @Description("The new evidence.") CreateEvidenceInput input) {
        return service.create(input);
    }

    @Allowed(Role.PM)
    @Mutation("updateEvidence")
    @Description("Changes a piece of evidence.")
    public @NonNull EvidencePayload updateEvidence(@NonNull @Description("The changes.") UpdateEvidenceInput input) {
        return service.update(input);
    }

    @Allowed(Role.ADMIN)
    @Mutation("deleteEvidence")
    @Description("Deletes a piece of evidence.")
    public @NonNull DeletePayload deleteEvidence(@NonNull @Description("Which evidence.") DeleteInput input) {
        return service.delete(input);
    }
}
