package com.example.portal.cards.api;

import org.eclipse.microprofile.graphql.Description;

@Description("What a run of a word-level difference is.")
public enum TextChangeKind {
    @Description("In the published and the proposed text.")
    UNCHANGED,
    @Description("Only in the published text: the edit removes it.")
    REMOVED,
    @Description("Only in the proposed text: the edit adds it.")
    ADDED
}
