package com.example.portal.glossary;

import java.util.List;

/**
 * One piece of jargon in an object's texts: a discouraged glossary term (termId set) or an unknown Latin-script word
 * (termId null), as first written, with every place it occurs.
 */
record JargonFinding(JargonWarningKind kind, String text, Long termId, List<TextSpan> occurrences) {
}
