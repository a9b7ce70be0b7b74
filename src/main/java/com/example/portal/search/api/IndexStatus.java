package com.example.portal.search.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("State of this replica's search index.")
public record IndexStatus(
        @NonNull @Description("Whether the index serves searches.") boolean ready,
        @NonNull @Description("Whether a rebuild is running; the live index keeps serving meanwhile.") boolean rebuilding,
        @NonNull @Description("Documents written by the current or last rebuild.") long rebuildProgress,
        @NonNull @Description("The last outbox event applied.") long outboxPosition) {
}
