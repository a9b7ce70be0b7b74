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

/** Collects one benchmark run's figures and writes them as Markdown and JSON under target/bench-results/. */
final class BenchReport {

    final Map<String, Object> setup = new LinkedHashMap<>();
    final Map<String, Object> figures = new LinkedHashMap<>();
    final List<Latencies> searches = new ArrayList<>();

    Path write(Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        StringBuilder md = new StringBuilder("# Search benchmark: " + name + "\n\n");
        setup.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append("\n| figure | value |\n|---|---|\n");
        figures.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        md.append("\n| side | clients | queries | p50 ms | p95 ms | p99 ms | max ms | queries/s |\n|---|---|---|---|---|---|---|---|\n");
        searches.forEach(l -> md.append(l.markdownRow()).append('\n'));
        Path markdown = dir.resolve(name + ".md");
        Files.writeString(markdown, md, StandardCharsets.UTF_8);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("setup", setup);
        json.put("figures", figures);
        json.put("searches", searches);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve(name + ".json").toFile(), json);
        return markdown;
    }
}
