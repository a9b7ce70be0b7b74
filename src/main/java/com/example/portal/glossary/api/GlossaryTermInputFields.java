package com.example.portal.glossary.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.glossary.GlossaryTermKind;

/**
 * What creating and updating a glossary term both take, with one description each. CreateGlossaryTermInput adds the
 * slug and UpdateGlossaryTermInput the id and version; null means "not given" (on update: stays as it is).
 */
public abstract class GlossaryTermInputFields {

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
