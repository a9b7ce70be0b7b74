package com.example.portal.glossary;

import org.eclipse.microprofile.graphql.Description;

@Description("Why a card's wording may be jargon to sales and marketing.")
public enum JargonWarningKind {
    @Description("A word in Latin script (JTBD, onboarding, look-alike, ...) that no glossary term explains: write it in plain "
            + "Russian or add it to the glossary.")
    UNKNOWN_LATIN_WORD,
    @Description("A glossary term marked as jargon to avoid (e.g. \"зашипить\", \"фидбэк\"); its definition says what to write instead.")
    DISCOURAGED_TERM
}
