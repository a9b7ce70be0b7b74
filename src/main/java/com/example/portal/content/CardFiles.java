package com.example.portal.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.example.portal.cards.ImportedCard;

/**
 * The cards: one file each, cards/&lt;slug&gt;.md, in the order of their names. They are read a chunk at a time: read at
 * once, the 100,000 cards of the benchmark (530 MB of mostly Cyrillic Markdown, about 1 GB as Java strings) needed a
 * 4 GB heap for the import.
 */
final class CardFiles implements ContentFiles<ImportedCard> {

    static final String DIRECTORY = "cards";

    private final int chunk;

    /** Cards read {@code chunk} files at a time (portal.content.import-chunk). */
    CardFiles(int chunk) {
        this.chunk = chunk;
    }

    @Override
    public void read(Path dir, List<ContentProblem> problems, Consumer<List<ContentFile<ImportedCard>>> chunks) {
        List<Path> paths = paths(dir.resolve(DIRECTORY), problems);
        for (int from = 0; from < paths.size(); from += chunk) {
            List<ContentFile<ImportedCard>> cards = new ArrayList<>();
            for (Path path : paths.subList(from, Math.min(from + chunk, paths.size()))) {
                String name = DIRECTORY + "/" + path.getFileName();
                String slug = path.getFileName().toString().replaceFirst("\\.md$", "");
                var card = CardFileReader.read(new SourceFile(name, 0, problems), slug, ContentFiles.text(dir, name, problems));
                if (card != null) {
                    cards.add(card);
                }
            }
            chunks.accept(cards);
        }
    }

    /** The card files, sorted by name; none when there is no cards directory. */
    private static List<Path> paths(Path cardsDir, List<ContentProblem> problems) {
        if (!Files.isDirectory(cardsDir)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.list(cardsDir)) {
            return paths.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            problems.add(new ContentProblem(DIRECTORY, 1, "Cannot list the cards directory: " + e.getMessage()));
            return List.of();
        }
    }

    @Override
    public Map<String, String> write(List<ImportedCard> cards) {
        Map<String, String> files = new LinkedHashMap<>();
        for (ImportedCard card : cards) {
            files.put(DIRECTORY + "/" + card.slug + ".md", ContentFileWriter.card(card));
        }
        return files;
    }
}
