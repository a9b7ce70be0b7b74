package com.example.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The searchable documents of the content directory, as {@code type:slug} ids: the corpus the judges read. Other
 * tests add their own cards, notes and terms to the same database; relevance is measured on this corpus only.
 */
final class ContentDocuments {

    private ContentDocuments() {
    }

    static Set<String> read(Path dir) {
        Set<String> ids = new HashSet<>();
        try (Stream<Path> cards = Files.list(dir.resolve("cards"))) {
            cards.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".md"))
                    .forEach(name -> ids.add("card:" + name.substring(0, name.length() - ".md".length())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ids.addAll(slugs(dir.resolve("segments.yaml"), "segment"));
        ids.addAll(slugs(dir.resolve("glossary.yaml"), "glossary"));
        ids.addAll(slugs(dir.resolve("releases.yaml"), "release"));
        return Set.copyOf(ids);
    }

    private static List<String> slugs(Path file, String type) {
        try {
            List<?> items = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(Files.readString(file, StandardCharsets.UTF_8));
            return items.stream().map(item -> type + ":" + ((Map<?, ?>) item).get("slug")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
