package com.example.portal.search.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Plain-text tables of relevance figures, one column per engine, for the test output. */
public final class RelevanceReport {

    private RelevanceReport() {
    }

    /** Mean nDCG@k, MRR@k and P@1 overall and per kind, side by side for every engine. */
    public static String table(List<EngineScores> engines, int k) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Search relevance: mean nDCG@%d, MRR@%d and P@1 (a hit is graded >= %d)%n",
                k, k, RankingMetrics.MRR_MIN_GRADE));
        out.append(String.format(Locale.ROOT, "%-10s %7s", "kind", "queries"));
        for (EngineScores engine : engines) {
            out.append(String.format(Locale.ROOT, " | %-23s", engine.engine()));
        }
        out.append(String.format(Locale.ROOT, "%n%-10s %7s", "", ""));
        for (int i = 0; i < engines.size(); i++) {
            out.append(String.format(Locale.ROOT, " | %7s %7s %7s", "nDCG@" + k, "MRR", "P@1"));
        }
        out.append(System.lineSeparator());
        List<String> rows = new ArrayList<>();
        rows.add("all");
        for (QueryKind kind : QueryKind.values()) {
            rows.add(kind.key());
        }
        for (String row : rows) {
            QueryKind kind = QueryKind.fromKey(row).orElse(null);
            int count = kind == null ? engines.get(0).overall().queries() : engines.get(0).of(kind).queries();
            if (count == 0) {
                continue;
            }
            out.append(String.format(Locale.ROOT, "%-10s %7d", row, count));
            for (EngineScores engine : engines) {
                MeanScores mean = kind == null ? engine.overall() : engine.of(kind);
                out.append(String.format(Locale.ROOT, " | %7.3f %7.3f %7.3f", mean.ndcg(), mean.mrr(), mean.p1()));
            }
            out.append(System.lineSeparator());
        }
        return out.toString();
    }

    /** The queries an engine gets most wrong (nDCG below {@code threshold}), worst first, with what it returned. */
    public static String worst(EngineScores engine, double threshold, int shown) {
        List<QueryScore> worst = engine.perQuery().stream().filter(score -> score.ndcg() < threshold)
                .sorted(Comparator.comparingDouble(QueryScore::ndcg)
                        .thenComparing(score -> score.judged().kind().ordinal()))
                .toList();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s: %d of %d queries with nDCG below %.2f%n", engine.engine(),
                worst.size(), engine.perQuery().size(), threshold));
        for (QueryScore score : worst) {
            JudgedQuery judged = score.judged();
            out.append(String.format(Locale.ROOT, "  %.3f  %-9s «%s»%n", score.ndcg(), judged.kind().key(), judged.query()));
            out.append("         wanted ").append(String.join(", ", judged.bestAnswers().stream().sorted().toList()))
                    .append(System.lineSeparator());
            List<String> top = score.ranking().stream().limit(shown)
                    .map(id -> id + gradeMark(judged.grades(), id)).toList();
            out.append("         got    ").append(top.isEmpty() ? "(nothing)" : String.join(", ", top))
                    .append(System.lineSeparator());
        }
        return out.toString();
    }

    private static String gradeMark(Map<String, Integer> grades, String id) {
        Integer grade = grades.get(id);
        return grade == null ? "" : " [" + grade + "]";
    }
}
