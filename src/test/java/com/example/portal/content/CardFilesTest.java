package com.example.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.portal.cards.ImportedCard;

/** The card files are handed to the import a chunk at a time, in the order of their names (plain JUnit). */
class CardFilesTest {

    @TempDir
    Path dir;

    @Test
    void cardsComeInChunksOfAtMostTheChunkSizeInTheOrderOfTheirFileNames() throws IOException {
        Path cards = Files.createDirectories(dir.resolve(CardFiles.DIRECTORY));
        for (String slug : List.of("g", "c", "a", "f", "b", "e", "d")) {
            Files.writeString(cards.resolve(slug + ".md"), "---\ntitle: Карточка " + slug + "\n---\nТекст.\n", StandardCharsets.UTF_8);
        }
        Files.writeString(cards.resolve("notes.txt"), "not a card", StandardCharsets.UTF_8);
        List<ContentProblem> problems = new ArrayList<>();
        List<List<String>> chunks = new ArrayList<>();

        new CardFiles(3).read(dir, problems, chunk -> chunks.add(chunk.stream().map(card -> card.input().slug).toList()));

        assertThat(problems).isEmpty();
        assertThat(chunks).containsExactly(List.of("a", "b", "c"), List.of("d", "e", "f"), List.of("g"));
    }

    @Test
    void aFileThatCannotBeReadIsAProblemAndLeftOutOfItsChunk() throws IOException {
        Path cards = Files.createDirectories(dir.resolve(CardFiles.DIRECTORY));
        Files.writeString(cards.resolve("a.md"), "---\ntitle: Первая\n---\n", StandardCharsets.UTF_8);
        Files.writeString(cards.resolve("b.md"), "Без заголовка.\n", StandardCharsets.UTF_8);
        List<ContentProblem> problems = new ArrayList<>();
        List<List<ContentFile<ImportedCard>>> chunks = new ArrayList<>();

        new CardFiles(2).read(dir, problems, chunks::add);

        assertThat(chunks).singleElement().satisfies(chunk -> assertThat(chunk).singleElement()
                .satisfies(card -> assertThat(card.input().slug).isEqualTo("a")));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.file()).isEqualTo("cards/b.md"));
    }

    @Test
    void noCardsDirectoryHandsOnNoChunk() {
        List<List<ContentFile<ImportedCard>>> chunks = new ArrayList<>();

        new CardFiles(2).read(dir, new ArrayList<>(), chunks::add);

        assertThat(chunks).isEmpty();
    }
}
