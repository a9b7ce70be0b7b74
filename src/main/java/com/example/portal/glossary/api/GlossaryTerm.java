package com.example.portal.glossary.api;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.glossary.GlossaryTermKind;
import com.example.portal.graphql.Node;
import com.example.portal.graphql.VersionedObject;

@Description("A glossary entry: jargon (JTBD, MQL, look-alike, ...) turned into plain Russian, or a shared metric definition.")
public class GlossaryTerm extends VersionedObject implements Node {

    public static final String TYPE = "GlossaryTerm";

    @NonNull
    @Description("Stable, human-readable key, e.g. \"mql\".")
    public String slug;

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

    @NonNull
    @Description("When the term was created.")
    public OffsetDateTime createdAt;

    @NonNull
    @Description("When the term last changed.")
    public OffsetDateTime updatedAt;

    /** Redeclared so the type keeps its own description: SmallRye would take the Node interface's instead. */
    @Override
    @Id
    @NonNull
    @Description("Globally unique, opaque id.")
    public String getId() {
        return super.getId();
    }
}
