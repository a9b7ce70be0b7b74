package com.example.portal.search.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the judged-queries YAML file (see src/test/resources/search/judged-queries.yaml for the format) and checks
 * what can be checked without a database. Every problem is reported at once, so a judge fixes the file in one go.
 */
public final class JudgedQueries {

    /** {@code type:slug}, with the slug rules of content/README.md. */
    public static final Pattern DOCUMENT_ID = Pattern.compile("(card|segment|glossary|release):[a-z0-9]+(-[a-z0-9]+)*");

    private JudgedQueries() {
    }

    public static List<JudgedQuery> loadResource(String resource) {
        try (InputStream in = JudgedQueries.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No resource " + resource + " on the test classpath");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every query of the files, in order; a query judged in two files is an error like one judged twice in a file. */
    public static List<JudgedQuery> loadResources(List<String> resources) {
        List<JudgedQuery> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (String resource : resources) {
            for (JudgedQuery query : loadResource(resource)) {
                if (!seen.add(query.query().strip().toLowerCase(Locale.ROOT))) {
                    twice.add(resource + ": «" + query.query() + "» is judged in another file too");
                }
                all.add(query);
            }
        }
        if (!twice.isEmpty()) {
            throw new IllegalArgumentException("Invalid judged queries:\n  " + String.join("\n  ", twice));
        }
        return List.copyOf(all);
    }

    public static List<JudgedQuery> parse(Reader yaml, String source) {
        LoaderOptions options = new LoaderOptions();
        // A key judged twice in one query would silently keep the last grade.
        options.setAllowDuplicateKeys(false);
        Object root = new Yaml(new SafeConstructor(options)).load(yaml);
        if (!(root instanceof List<?> entries)) {
            throw new IllegalArgumentException(source + ": expected a list of queries");
        }
        List<String> problems = new ArrayList<>();
        List<JudgedQuery> queries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String where = source + " entry " + (i + 1);
            JudgedQuery query = read(entries.get(i), where, seen, problems);
            if (query != null) {
                queries.add(query);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid judged queries:\n  " + String.join("\n  ", problems));
        }
        return List.copyOf(queries);
    }

    private static JudgedQuery read(Object entry, String where, Set<String> seen, List<String> problems) {
        if (!(entry instanceof Map<?, ?> map)) {
            problems.add(where + ": expected query, kind and relevant");
            return null;
        }
        int before = problems.size();
        for (Object key : map.keySet()) {
            if (!Set.of("query", "kind", "relevant").contains(key)) {
                problems.add(where + ": unknown key " + key);
            }
        }
        String text = map.get("query") instanceof String s && !s.isBlank() ? s : null;
        if (text == null) {
            problems.add(where + ": query must be non-blank text");
        } else {
            where = where + " (" + text + ")";
            if (!seen.add(text.strip().toLowerCase(Locale.ROOT))) {
                problems.add(where + ": the query is judged twice");
            }
        }
        QueryKind kind = map.get("kind") instanceof String k ? QueryKind.fromKey(k).orElse(null) : null;
        if (kind == null) {
            problems.add(where + ": kind must be one of " + kindKeys() + ", was " + map.get("kind"));
        }
        Map<String, Integer> grades = readGrades(map.get("relevant"), where, problems);
        return problems.size() == before ? new JudgedQuery(text, kind, grades) : null;
    }

    private static Map<String, Integer> readGrades(Object relevant, String where, List<String> problems) {
        Map<String, Integer> grades = new LinkedHashMap<>();
        if (!(relevant instanceof Map<?, ?> map) || map.isEmpty()) {
            problems.add(where + ": relevant must map at least one type:slug to a grade");
            return grades;
        }
        map.forEach((id, grade) -> {
            if (!(id instanceof String s) || !DOCUMENT_ID.matcher(s).matches()) {
                problems.add(where + ": " + id + " is not type:slug with type card, segment, glossary or release");
            } else if (!(grade instanceof Integer g) || g < 1 || g > 3) {
                problems.add(where + ": grade of " + id + " must be 1, 2 or 3, was " + grade);
            } else {
                grades.put(s, g);
            }
        });
        // Without a clearly relevant document the query can only score 0 on MRR, whatever the engine does.
        if (!grades.isEmpty() && grades.values().stream().noneMatch(g -> g >= RankingMetrics.MRR_MIN_GRADE)) {
            problems.add(where + ": needs at least one document graded " + RankingMetrics.MRR_MIN_GRADE + " or 3");
        }
        return grades;
    }

    private static List<String> kindKeys() {
        return List.of(QueryKind.values()).stream().map(QueryKind::key).toList();
    }
}
