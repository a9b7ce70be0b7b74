package com.example.portal.search.eval;

import java.util.Map;
import java.util.Set;

/**
 * One judged query: the text as a user types it, its kind, and the graded relevant documents
 * ({@code type:slug} to grade 1..3). Documents not in {@code grades} are not relevant.
 */
public record JudgedQuery(String query, QueryKind kind, Map<String, Integer> grades) {

    public JudgedQuery {
        grades = Map.copyOf(grades);
    }

    /** The ids with the highest grade: what the query is really after. */
    public Set<String> bestAnswers() {
        int best = grades.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return Set.copyOf(grades.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList());
    }
}
