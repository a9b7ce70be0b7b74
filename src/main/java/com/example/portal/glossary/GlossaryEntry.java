package com.example.portal.glossary;

import java.util.List;

/** A glossary term as the matcher sees it: its id and every way it is written, the term first. */
record GlossaryEntry(long termId, String term, List<String> aliases) {
}
