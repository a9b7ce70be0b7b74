package com.example.portal.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.example.portal.cards.ImportedCard;

/** The cards: one file each, cards/&lt;slug&gt;.md, in the order of their names. */
final class CardFiles implements ContentFiles<ImportedCard> {

    static final String DIRECTORY = "cards";

    @Override
    public List<ContentFile<ImportedCard>> read(Path dir, List<ContentProblem> problems) {
        Path cardsDir = dir.resolve(DIRECTORY);
        List<ContentFile<ImportedCard>> result = new ArrayList<>();
        if (!Files.isDirectory(cardsDir)) {
            return result;
        }
        try (Stream<Path> paths = Files.list(cardsDir)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String name = DIRECTORY + "/" + path.getFileName();
                String slug = path.getFileName().toString().replaceFirst("\\.md$", "");
                var card = CardFileReader.read(new SourceFile(name, 0, problems), slug, ContentFiles.text(dir, name, problems));
                if (card != null) {
                    result.add(card);
                }
            }
        } catch (IOException e) {
            problems.add(new ContentProblem(DIRECTORY, 1, "Cannot list the cards directory: " + e.getMessage()));
        }
        return result;
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
