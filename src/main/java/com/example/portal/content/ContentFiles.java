package com.example.portal.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/** Where the objects of one kind are in the content directory, and how they are read from and written to them. */
interface ContentFiles<I> {

    /**
     * Reads the objects in the directory and hands them to {@code chunks} in their order, a chunk at a time, so that
     * the import holds one chunk of files in memory rather than all of them; what is wrong in the files goes to the
     * problems.
     */
    void read(Path dir, List<ContentProblem> problems, Consumer<List<ContentFile<I>>> chunks);

    /** The files' text for these objects, by path relative to the directory. */
    Map<String, String> write(List<I> objects);

    /** One YAML file that holds a list of the objects, read as one chunk; a missing file holds none. */
    static <I> ContentFiles<I> listFile(String name, BiFunction<SourceFile, String, List<ContentFile<I>>> reader,
            Function<List<I>, String> writer) {
        return new ContentFiles<>() {
            @Override
            public void read(Path dir, List<ContentProblem> problems, Consumer<List<ContentFile<I>>> chunks) {
                chunks.accept(reader.apply(new SourceFile(name, 0, problems), text(dir, name, problems)));
            }

            @Override
            public Map<String, String> write(List<I> objects) {
                return Map.of(name, writer.apply(objects));
            }
        };
    }

    /** A file's text; a missing file, or one that cannot be read (a problem), reads as an empty list. */
    static String text(Path dir, String name, List<ContentProblem> problems) {
        Path path = dir.resolve(name);
        if (!Files.exists(path)) {
            return "[]";
        }
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new ContentProblem(name, 1, "Cannot read the file: " + e.getMessage()));
            return "[]";
        }
    }
}
