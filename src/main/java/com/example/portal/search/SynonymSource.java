package com.example.portal.search;

import java.util.List;

/** Groups of words that mean the same (a glossary term and its aliases), applied to queries. */
public interface SynonymSource {

    List<List<String>> synonymGroups();
}
