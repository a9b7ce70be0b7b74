package com.example.portal.releases;

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

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

import com.example.portal.cards.api.FeatureCard;
import com.example.portal.releases.api.CreateReleaseNoteInput;
import com.example.portal.releases.api.ReleaseNote;
import com.example.portal.releases.api.ReleaseNoteAnnouncement;
import com.example.portal.releases.api.ReleaseNoteConnection;
import com.example.portal.releases.api.ReleaseNoteFilter;
import com.example.portal.releases.api.ReleaseNotePayload;
import com.example.portal.releases.api.UpdateReleaseNoteInput;
import com.example.portal.graphql.DeleteInput;
import com.example.portal.graphql.DeletePayload;
import com.example.portal.graphql.PageRequest;
import com.example.portal.security.Allowed;
import com.example.portal.security.Role;

@GraphQLApi
@Allowed({ Role.SALES, Role.MARKETING, Role.PM })
public class ReleaseNoteGraphQLApi {

    @Inject
    ReleaseNoteService service;

    @Query("releaseNote")
    @Description("One release note by global id or by slug (give exactly one); null when there is none.")
    public ReleaseNote releaseNote(@Id @Description("Global id.") String id, @Description("Slug.") String slug) {
        return service.lookup(id, slug);
    }

    @Query("releaseNotes")
    @Description("The release-notes feed, newest first, a page at a time.")
    public @NonNull ReleaseNoteConnection releaseNotes(
            @Description("Page size, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("Cursor of the item after which the page starts.") String after,
            @Description("Which notes; all when left out.") ReleaseNoteFilter filter) {
        return service.feed(PageRequest.of(first, after), filter);
    }

    @Subscription("releaseNotePublished")
    @Description("Each release note as it is published from now on, whichever replica wrote it or imported it (over a WebSocket: graphql-transport-ws "
            + "or graphql-ws, with the token as \"Authorization\": \"Bearer ...\" in the connection_init payload). Sales and "
            + "marketing get only notes about published cards.")
    public Multi<@NonNull ReleaseNoteAnnouncement> releaseNotePublished() {
        return service.published();
    }

    @Description("Release notes about this card, newest first.")
    public @NonNull List<@NonNull List<@NonNull ReleaseNote>> releaseNotes(@Source List<FeatureCard> cards) {
        return service.ofCards(cards);
    }

    @Description("The card this note is about.")
    public @NonNull List<@NonNull FeatureCard> card(@Source List<ReleaseNote> notes) {
        return service.cardOf(notes);
    }

    @Allowed(Role.PM)
    @Mutation("createReleaseNote")
    @Description("Publishes a release note about a card.")
    public @NonNull ReleaseNotePayload createReleaseNote(@NonNull @Description("The new note.") CreateReleaseNoteInput input) {
        return service.create(input);
    }

    @Allowed(Role.PM)
    @Mutation("updateReleaseNote")
    @Description("Changes a release note.")
    public @NonNull ReleaseNotePayload updateReleaseNote(@NonNull @Description("The changes.") UpdateReleaseNoteInput input) {
        return service.update(input);
    }

    @Allowed(Role.ADMIN)
    @Mutation("deleteReleaseNote")
    @Description("Deletes a release note.")
    public @NonNull DeletePayload deleteReleaseNote(@NonNull @Description("Which note.") DeleteInput input) {
        return service.delete(input);
    }
}
