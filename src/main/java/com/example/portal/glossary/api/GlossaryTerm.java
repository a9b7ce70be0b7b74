package com.example.portal.glossary.api;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.glossary.GlossaryTermKind;
import com.example.portal.graphql.Node;
import com.example.portal.graphql.SluggedObject;

@Description("A glossary entry: jargon (JTBD, MQL, look-alike, ...) turned into plain Russian, or a shared metric definition.")
public class GlossaryTerm extends SluggedObject implements Node {

    public static final String TYPE = "GlossaryTerm";

    @NonNull
    @Description("The term as usually written, e.g. \"MQL\".")
    public String term;

    @NonNull
    @Description("Other ways people write it: Russian, English, transliterations, misspellings.")
    public List<@NonNull String> aliases;

    @NonNull
    @Description("Plain-language definition.")
    public String definition;

    @NonNull
    @Description("Plain term or metric.")
    public GlossaryTermKind kind;

    @Description("How the metric is computed; null for plain terms.")
    public String formula;

    @Description("Team that owns the metric's definition; null for plain terms.")
    public String ownerTeam;

    @NonNull
    @Description("Whether the word is jargon to avoid in cards (the definition names the plain alternative).")
    public boolean discouraged;
}
