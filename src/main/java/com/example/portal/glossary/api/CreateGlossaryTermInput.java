package com.example.portal.glossary.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.glossary.GlossaryTermKind;

@Input("CreateGlossaryTermInput")
@Description("A new glossary term. slug, term, definition and kind are required.")
public class CreateGlossaryTermInput {

    @NonNull
    @Description("Stable key: lower-case latin letters, digits and single hyphens, at most 80 characters.")
    public String slug;

    @Description("The term, at most 200 characters.")
    public String term;

    @Description("Other spellings: at most 50, each at most 200 characters, no repeats (ignoring case).")
    public List<@NonNull String> aliases;

    @Description("Plain definition, at most 5000 characters.")
    public String definition;

    @Description("TERM or METRIC.")
    public GlossaryTermKind kind;

    @Description("How the metric is computed, at most 2000 characters; required for metrics, not allowed for terms.")
    public String formula;

    @Description("Team that owns the metric, at most 200 characters; required for metrics, not allowed for terms.")
    public String ownerTeam;

    @Description("Whether the word is jargon to avoid in cards.")
    public Boolean discouraged;
}
