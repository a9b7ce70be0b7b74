package com.example.portal.glossary;

import java.util.List;

/** A glossary term as the matcher sees it: its id, every way it is written (the term first) and whether it is jargon. */
record GlossaryEntry(long termId, String term, List<String> aliases, boolean discouraged) {

    /** A term that is not jargon. */
    GlossaryEntry(long termId, String term, List<String> aliases) {
        this(termId, term, aliases, false);
    }
}
