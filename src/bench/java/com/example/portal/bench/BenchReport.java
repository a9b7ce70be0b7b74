package com.example.portal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Collects one benchmark run's figures and writes them as Markdown and JSON under target/bench-results/: the machine
 * and setup, single figures, the latency table of every side, our figures next to the baselines measured in the same
 * run (with ratios), and the targets next to what was measured.
 */
final class BenchReport {

    /** Our figure next to a baseline of the same run. */
    record Comparison(String what, String ours, String baseline, String ratio) {
    }

    /** One of issue 8's targets (stated for 100k cards) and what this run measured. */
    record Target(String target, String measured, String verdict) {
    }

    final Map<String, Object> machine = new LinkedHashMap<>();
    final Map<String, Object> setup = new LinkedHashMap<>();
    final Map<String, Object> figures = new LinkedHashMap<>();
    final List<Latencies> searches = new ArrayList<>();
    final List<Comparison> comparisons = new ArrayList<>();
    final List<Target> targets = new ArrayList<>();
    /** The figures of the README's table, one column per size (see {@link #acrossSizes}). */
    final Map<String, String> headline = new LinkedHashMap<>();
    /** p50 per kind of query, one client: where the time goes. */
    final List<Map<String, Object>> byKind = new ArrayList<>();

    String markdown(String title) {
        StringBuilder md = new StringBuilder("# " + title + "\n\nMachine: ");
        md.append(String.join(", ", machine.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
        md.append("\n\n");
        setup.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append("\n| figure | value |\n|---|---|\n");
        figures.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        md.append("\n| side | clients | queries | p50 ms | p95 ms | p99 ms | max ms | queries/s | note |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        searches.forEach(l -> md.append(l.markdownRow()).append('\n'));
        if (!byKind.isEmpty()) {
            md.append("\n| query kind (1 client) | ").append(String.join(" | ", byKind.get(0).keySet().stream().skip(1).toList()))
                    .append(" |\n|---").append("|---".repeat(byKind.get(0).size() - 1)).append("|\n");
            byKind.forEach(row -> md.append("| ").append(String.join(" | ", row.values().stream().map(String::valueOf).toList()))
                    .append(" |\n"));
        }
        if (!comparisons.isEmpty()) {
            md.append("\n| compared in this run | ours | baseline | ratio |\n|---|---|---|---|\n");
            comparisons.forEach(c -> md.append("| %s | %s | %s | %s |\n".formatted(c.what(), c.ours(), c.baseline(), c.ratio())));
        }
        if (!targets.isEmpty()) {
            md.append("\n| issue 8 target (at 100k cards) | measured | verdict |\n|---|---|---|\n");
            targets.forEach(t -> md.append("| %s | %s | %s |\n".formatted(t.target(), t.measured(), t.verdict())));
        }
        return md.toString();
    }

    /** One table, a column per size, of each run's headline figures, with the machine of the first. */
    static String acrossSizes(Map<Integer, BenchReport> reports) {
        if (reports.isEmpty()) {
            return "";
        }
        BenchReport first = reports.values().iterator().next();
        StringBuilder md = new StringBuilder("# Search benchmark: summary\n\nMachine: ");
        md.append(String.join(", ", first.machine.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
        md.append("\n\n| figure |");
        reports.keySet().forEach(cards -> md.append(" %,d cards |".formatted(cards)));
        md.append("\n|---|").append("---|".repeat(reports.size())).append('\n');
        java.util.Set<String> rows = new java.util.LinkedHashSet<>();
        reports.values().forEach(r -> rows.addAll(r.headline.keySet()));
        for (String row : rows) {
            md.append("| ").append(row).append(" |");
            reports.values().forEach(r -> md.append(' ').append(r.headline.getOrDefault(row, "–")).append(" |"));
            md.append('\n');
        }
        return md.toString();
    }

    Path write(Path dir, String name, String title) throws IOException {
        Files.createDirectories(dir);
        Path markdown = dir.resolve(name + ".md");
        Files.writeString(markdown, markdown(title), StandardCharsets.UTF_8);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("machine", machine);
        json.put("setup", setup);
        json.put("headline", headline);
        json.put("figures", figures);
        json.put("searches", searches);
        json.put("comparisons", comparisons);
        json.put("targets", targets);
        json.put("byKind", byKind);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve(name + ".json").toFile(), json);
        return markdown;
    }
}
