package com.example.portal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A reproducible synthetic corpus for the benchmark (issue 8): N card files in the format of content/cards, built
 * from the sample cards. Each synthetic card takes its product, segments, anti-segments and glossary terms from one
 * sample card (so every slug it names exists), and recombines sentences, jobs, talking points, objections and tags
 * drawn from all sample cards. The same seed and size give byte-identical files. Next to them go the sample content's
 * YAML files and cards (products, segments, glossary, evidence, release notes), so the directory imports into an empty
 * database as it is.
 */
final class SyntheticCorpus {

    private final List<Map<String, Object>> samples = new ArrayList<>();
    private final List<String> sentences = new ArrayList<>();
    private final List<String> summarySentences = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private final List<String> titleWords = new ArrayList<>();
    private final List<Object> jobs = new ArrayList<>();
    private final List<Object> objections = new ArrayList<>();
    private final List<Object> talkingPoints = new ArrayList<>();

    private final Path sampleCards;

    SyntheticCorpus(Path sampleCards) throws IOException {
        this.sampleCards = sampleCards;
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        try (Stream<Path> files = Files.list(sampleCards)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String[] parts = text.split("(?m)^---$", 3);
                Map<String, Object> front = yaml.load(parts[1]);
                if (!"PUBLISHED".equals(front.get("status"))) {
                    continue; // drafts and archived cards may lack what a published card needs
                }
                samples.add(front);
                split(parts[2], sentences);
                split((String) front.get("summary"), summarySentences);
                addAll(tags, front.get("tags"));
                addAll(jobs, front.get("jobs"));
                addAll(objections, front.get("objections"));
                addAll(talkingPoints, front.get("talkingPoints"));
                for (String word : ((String) front.get("title")).split("\\s+")) {
                    if (word.length() > 3) {
                        titleWords.add(word);
                    }
                }
            }
        }
    }

    /**
     * Writes cards/bench-000000.md … into dir (replacing what is there), with a copy of the sample content, and returns
     * the cards directory.
     */
    Path write(Path dir, int cards, long seed) throws IOException {
        Path cardsDir = dir.resolve("cards");
        if (Files.exists(dir)) {
            try (Stream<Path> old = Files.walk(dir)) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(cardsDir);
        try (Stream<Path> sample = Files.list(sampleCards.getParent())) {
            for (Path file : sample.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Files.copy(file, dir.resolve(file.getFileName().toString()));
            }
        }
        try (Stream<Path> sample = Files.list(sampleCards)) {
            for (Path file : sample.filter(p -> p.toString().endsWith(".md")).toList()) {
                Files.copy(file, cardsDir.resolve(file.getFileName().toString()));
            }
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(10_000);
        Yaml yaml = new Yaml(options);
        Random random = new Random(seed);
        for (int i = 0; i < cards; i++) {
            Map<String, Object> base = samples.get(random.nextInt(samples.size()));
            Map<String, Object> card = new LinkedHashMap<>();
            card.put("title", pick(random, titleWords) + " " + pick(random, titleWords) + ": " + pick(random, tags) + " №" + i);
            card.put("product", base.get("product"));
            card.put("status", random.nextInt(20) == 0 ? "DRAFT" : "PUBLISHED");
            card.put("owner", base.get("owner"));
            card.put("summary", join(random, summarySentences, 2));
            card.put("funnelStages", base.get("funnelStages"));
            card.put("tags", List.of(pick(random, tags), pick(random, tags)).stream().distinct().toList());
            card.put("segments", base.get("segments"));
            card.put("antiSegments", base.get("antiSegments"));
            card.put("glossaryTerms", base.get("glossaryTerms"));
            card.put("jobs", some(random, jobs, 1 + random.nextInt(2)));
            card.put("talkingPoints", some(random, talkingPoints, 2 + random.nextInt(3)));
            card.put("objections", some(random, objections, 1 + random.nextInt(3)));
            card.put("lastVerified", "2026-11-" + String.format("%02d", 1 + random.nextInt(20)));
            card.values().removeIf(v -> v == null);
            String front = yaml.dump(card).replaceAll("(?m)^lastVerified: '(.*)'$", "lastVerified: $1");
            String body = join(random, sentences, 4 + random.nextInt(5));
            Files.writeString(cardsDir.resolve(String.format("bench-%06d.md", i)),
                    "---\n" + front + "---\n" + body + "\n", StandardCharsets.UTF_8);
        }
        return cardsDir;
    }

    private static void split(String text, List<String> into) {
        if (text == null) {
            return;
        }
        for (String s : text.replace("**", "").split("(?<=[.!?])\\s+")) {
            String t = s.replace('\n', ' ').strip();
            if (t.length() > 20) {
                into.add(t);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void addAll(List<T> into, Object list) {
        if (list instanceof List<?> l) {
            into.addAll((List<T>) l);
        }
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String join(Random random, List<String> from, int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(i == 0 ? "" : " ").append(pick(random, from));
        }
        return text.toString();
    }

    private static <T> List<T> some(Random random, List<T> from, int n) {
        List<T> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            T item = pick(random, from);
            if (!result.contains(item)) {
                result.add(item);
            }
        }
        return result;
    }
}
