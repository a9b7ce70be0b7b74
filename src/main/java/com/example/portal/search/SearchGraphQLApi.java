package com.example.portal.search;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.example.portal.graphql.BadRequestException;
import com.example.portal.graphql.PageRequest;
import com.example.portal.graphql.SelectedFields;
import com.example.portal.search.api.IndexStatus;
import com.example.portal.search.api.SearchConnection;
import com.example.portal.search.api.SearchFacets;
import com.example.portal.search.api.SearchFilter;
import com.example.portal.search.api.SearchGap;
import com.example.portal.search.api.Suggestion;
import com.example.portal.security.Allowed;
import com.example.portal.security.Caller;
import com.example.portal.security.Role;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

@GraphQLApi
@Allowed({ Role.SALES, Role.MARKETING, Role.PM })
public class SearchGraphQLApi {

    @Inject
    SearchService search;

    @Inject
    Caller caller;

    @Inject
    SearchIndex index;

    /** The request's selection: search skips highlighting, facet counting and exact counting nobody asked for. */
    @Inject
    Context context;

    @Inject
    IndexRebuilder rebuilder;

    @Inject
    OutboxApplier applier;

    @Inject
    SearchGaps gaps;

    @Inject
    SearchMetrics metrics;

    @Query("search")
    @Description("Full-text search over published cards, segments, glossary terms and release notes, in Russian and English: "
            + "inflected forms, ё/е, hyphenated compounds, glossary synonyms and typos all match. Best first, with "
            + "highlighted fragments and facet counts.")
    public @NonNull SearchConnection search(
            @NonNull @Description("What to look for, as typed (1 to 500 characters).") String query,
            @Description("Narrow by type, product, segment, funnel stage or tag.") SearchFilter filter,
            @Description("Page size, 0 to 100.") @DefaultValue("10") Integer first,
            @Description("Cursor of the hit after which the page starts.") String after) {
        SelectedFields selection = SelectedFields.of(context.unwrap(DataFetchingEnvironment.class));
        var selected = new SearchService.Selected(selection.contains("edges", "node", "textMatches"), selection.contains("facets"),
                selection.contains("totalCount"), facetValues(selection));
        return metrics.timed(SearchMetrics.Kind.SEARCH, () -> search.search(query, filter, PageRequest.of(first, after),
                caller.mayReadUnpublished(), caller.mainRole(), selected));
    }

    @Name("facets")
    @Description("Counts of all hits by type, product, segment, funnel stage and tag: the most frequent values of each, "
            + "most frequent first.")
    public @NonNull SearchFacets facets(@Source SearchConnection connection,
            @Description("How many values of each dimension, 1 to " + FacetCounter.TOP + ".") @DefaultValue("50") Integer first) {
        return connection.facets.first(first); // counted up to the most any facets field of the request asks for
    }

    /**
     * The most values per facet dimension any facets field of the request asks for (a document may select facets twice,
     * under two aliases): counting stops there, and the bound is part of the result cache's key.
     */
    private static int facetValues(SelectedFields selection) {
        int most = 0;
        for (var field : selection.at("facets")) {
            int values = selection.argument(field, "first") instanceof Number n ? n.intValue() : FacetCounter.TOP;
            if (values < 1 || values > FacetCounter.TOP) {
                throw new BadRequestException("Argument 'first' of 'facets' must be 1 to " + FacetCounter.TOP + ".");
            }
            most = Math.max(most, values);
        }
        return most == 0 ? FacetCounter.TOP : most;
    }

    @Query("suggest")
    @Description("Autocomplete: card titles and glossary terms with a word starting with the prefix.")
    public @NonNull List<@NonNull Suggestion> suggest(
            @NonNull @Description("What the user has typed so far.") String prefix,
            @Description("How many suggestions, at most 20.") @DefaultValue("8") Integer first) {
        return metrics.timed(SearchMetrics.Kind.SUGGEST, () -> search.suggest(prefix, first, caller.mayReadUnpublished()));
    }

    @Allowed(Role.PM)
    @Query("searchGaps")
    @Description("The searches that most often found nothing: the content backlog.")
    public @NonNull List<@NonNull SearchGap> searchGaps(@Description("How many, at most 100.") @DefaultValue("20") Integer first) {
        return gaps.mostFrequent(Math.max(1, Math.min(first, 100)));
    }

    @Allowed(Role.PM)
    @Query("searchIndexStatus")
    @Description("State of this replica's search index.")
    public @NonNull IndexStatus searchIndexStatus() {
        return status();
    }

    @Allowed(Role.ADMIN)
    @Mutation("rebuildSearchIndex")
    @Description("Rebuilds this replica's search index from PostgreSQL in the background, into a new directory that "
            + "replaces the live one when done; searches keep working meanwhile. Poll searchIndexStatus for progress.")
    public @NonNull IndexStatus rebuildSearchIndex() {
        rebuilder.startRebuild();
        return status();
    }

    private IndexStatus status() {
        return new IndexStatus(index.ready(), rebuilder.rebuilding(), rebuilder.progress(), applier.position());
    }
}
