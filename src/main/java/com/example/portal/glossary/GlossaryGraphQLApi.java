package com.example.portal.glossary;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import com.example.portal.glossary.api.CreateGlossaryTermInput;
import com.example.portal.glossary.api.GlossaryFilter;
import com.example.portal.glossary.api.GlossaryTerm;
import com.example.portal.glossary.api.GlossaryTermConnection;
import com.example.portal.glossary.api.GlossaryTermOrder;
import com.example.portal.glossary.api.GlossaryTermPayload;
import com.example.portal.glossary.api.TermMatch;
import com.example.portal.glossary.api.UpdateGlossaryTermInput;
import com.example.portal.graphql.DeleteInput;
import com.example.portal.graphql.DeletePayload;
import com.example.portal.graphql.PageRequest;
import com.example.portal.security.Allowed;
import com.example.portal.security.Role;

@GraphQLApi
@Allowed({ Role.SALES, Role.MARKETING, Role.PM })
public class GlossaryGraphQLApi {

    @Inject
    GlossaryService service;

    @Inject
    GlossaryAnnotator annotator;

    @Query("glossaryTerm")
    @Description("One glossary term by global id or by slug (give exactly one); null when there is none.")
    public GlossaryTerm glossaryTerm(@Id @Description("Global id.") String id, @Description("Slug.") String slug) {
        return service.lookup(id, slug);
    }

    @Query("glossaryTerms")
    @Description("Glossary terms matching a filter, a page at a time.")
    public @NonNull GlossaryTermConnection glossaryTerms(
            @Description("Page size, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("Cursor of the item after which the page starts.") String after,
            @Description("Which terms; all when left out.") GlossaryFilter filter,
            @Description("Ordering; by term ascending when left out.") GlossaryTermOrder orderBy) {
        return service.list(PageRequest.of(first, after), filter, orderBy);
    }

    @Query("metrics")
    @Description("Shared metric definitions (MQL, SQL, CAC, LTV, ...) with formula and owner team, a page at a time.")
    public @NonNull GlossaryTermConnection metrics(
            @Description("Page size, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("Cursor of the item after which the page starts.") String after,
            @Description("Ordering; by term ascending when left out.") GlossaryTermOrder orderBy) {
        GlossaryFilter filter = new GlossaryFilter();
        filter.kind = GlossaryTermKind.METRIC;
        return service.list(PageRequest.of(first, after), filter, orderBy);
    }

    @Query("annotate")
    @Description("The glossary terms in a text, in text order and not overlapping, so a frontend can show plain definitions "
            + "on hover. Finds inflected forms (\"колл-трекинга\", \"лидов\"), aliases, misspellings and transliterations "
            + "(\"рефералка\", \"калтрекинг\", \"CJM\"), ignoring case and ё/е; where matches overlap, the longest wins.")
    public @NonNull List<@NonNull TermMatch> annotate(
            @NonNull @Description("The text, at most 100000 characters (UTF-16 code units).") String text) {
        return annotator.annotate(text);
    }

    @Allowed(Role.PM)
    @Mutation("createGlossaryTerm")
    @Description("Creates a glossary term.")
    public @NonNull GlossaryTermPayload createGlossaryTerm(@NonNull @Description("The new term.") CreateGlossaryTermInput input) {
        return service.create(input);
    }

    @Allowed(Role.PM)
    @Mutation("updateGlossaryTerm")
    @Description("Changes a glossary term.")
    public @NonNull GlossaryTermPayload updateGlossaryTerm(@NonNull @Description("The changes.") UpdateGlossaryTermInput input) {
        return service.update(input);
    }

    @Allowed(Role.ADMIN)
    @Mutation("deleteGlossaryTerm")
    @Description("Deletes a glossary term that no card uses.")
    public @NonNull DeletePayload deleteGlossaryTerm(@NonNull @Description("Which term.") DeleteInput input) {
        return service.delete(input);
    }
}
