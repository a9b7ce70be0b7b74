package com.example.portal.glossary.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.glossary.JargonWarningKind;

@Description("Wording in a card that sales and marketing may not understand. A warning, never an error: the card is "
        + "saved and published all the same.")
public class JargonWarning {

    @NonNull
    @Description("Why the wording is flagged.")
    public JargonWarningKind kind;

    @NonNull
    @Description("The word or term as first written in the card, e.g. \"onboarding\" or \"зашипили\".")
    public String text;

    @NonNull
    @Description("What is wrong and what to do, in plain language.")
    public String message;

    @Description("What to write instead: the discouraged term's plain definition; null for unknown words.")
    public String suggestion;

    @Description("The discouraged glossary term; null for unknown words.")
    public GlossaryTerm term;

    @NonNull
    @Description("Every place the word or term occurs in the card, in field order.")
    public List<@NonNull TextLocation> occurrences;
}
