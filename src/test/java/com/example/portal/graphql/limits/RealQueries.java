package com.example.portal.graphql.limits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.example.portal.Operations;

/**
 * The GraphQL documents this project really sends: every text block in the test sources that parses as a GraphQL
 * operation (with its {@code .formatted(...)} arguments filled in where they are constants of the same file), and
 * every operation of the web UI, read from the same {@code .graphql} files its build turns into typed documents, and
 * the operations the tests share ({@link Operations}). The
 * limit tests' own probes (this package) are made to sit at or over the limits and are left out.
 */
final class RealQueries {

    record Source(String where, String document) {
    }

    static final Path TEST_SOURCES = Path.of("src/test/java");
    /** The web UI's sources: each page's operations are in a .graphql file next to it (ARCHITECTURE "Web frontend"). */
    static final Path FRONTEND = Path.of("src/main/webui/src");
    /** Written by the UI's build from the files above; not a source. */
    private static final Path FRONTEND_GENERATED = FRONTEND.resolve("generated");

    /**
     * Variables for each operation the web UI sends, by operation name, on the sample content ({@code content/}): a
     * published card with evidence, segments and glossary terms, and one of its release notes. A new UI operation
     * gets its entry here, so that the limit tests run it.
     */
    /** A global id that names no card, for the UI's mutations in the limit tests. */
    private static final String NO_CARD = "no-such-card";

    static final Map<String, Map<String, Object>> FRONTEND_VARIABLES = Map.ofEntries(
            Map.entry("Viewer", Map.of()),
            Map.entry("CardPage", Map.of("slug", "call-tracking-employers")),
            Map.entry("CardJargon", Map.of("slug", "call-tracking-employers")),
            Map.entry("Glossary", Map.of("filter", Map.of("query", "MQL"))),
            Map.entry("Pitch", Map.of("client", Map.of("employees", 40, "industry", "retail", "productsOwned", List.of()))),
            Map.entry("PitchFormFields", Map.of()),
            Map.entry("SavedProfiles", Map.of()),
            Map.entry("SaveProfile", Map.of("input", Map.of("name", "Проверка лимитов", "profile", Map.of("employees", 40)))),
            Map.entry("DeleteProfile", Map.of("input", Map.of("id", "bm90LWFuLWlk", "version", 0))),
            Map.entry("QualifyAccounts", Map.of("input", Map.of("format", "CSV",
                    "data", "account,employees,industry,products_owned,missed_call_share\nООО Ромашка,800,retail,vacancies,35\n"))),
            Map.entry("PmCards", Map.of()),
            Map.entry("ReleaseFeed", Map.of()),
            Map.entry("ReleaseNotePublished", Map.of()),
            Map.entry("ReleaseNote", Map.of("slug", "call-tracking-10-percent")),
            Map.entry("SearchPage", Map.of("query", "колл-трекинг", "first", 20)),
            Map.entry("FacetNames", Map.of()),
            Map.entry("SearchBox", Map.of("prefix", "колл")),
            // The card editor and the PM's card actions. Each mutation is refused with a user error (a slug of the
            // wrong form, an id that names no card), so the test runs it without changing the sample content.
            Map.entry("EditorCard", Map.of("slug", "call-tracking-employers")),
            Map.entry("EditorChoices", Map.of()),
            Map.entry("AnnotateField", Map.of("text", "Собрали фидбэк по MQL и onboarding")),
            Map.entry("CardLastSaved", Map.of("slug", "call-tracking-employers")),
            Map.entry("CardForPm", Map.of("slug", "call-tracking-employers")),
            Map.entry("CreateCard", Map.of("input", Map.of("slug", "Not a slug", "title", "Лимиты"))),
            Map.entry("UpdateCard", Map.of("input", Map.of("id", NO_CARD, "version", 0, "title", "Лимиты"))),
            Map.entry("SubmitCard", Map.of("input", Map.of("id", NO_CARD, "version", 0))),
            Map.entry("ApproveCard", Map.of("input", Map.of("id", NO_CARD, "version", 0))),
            Map.entry("RequestCardChanges", Map.of("input", Map.of("id", NO_CARD, "version", 0, "comment", "Лимиты"))),
            Map.entry("ArchiveCard", Map.of("input", Map.of("id", NO_CARD, "version", 0))),
            Map.entry("ReopenCard", Map.of("input", Map.of("id", NO_CARD, "version", 0))),
            Map.entry("VerifyCard", Map.of("input", Map.of("id", NO_CARD, "version", 0))),
            Map.entry("RestoreCardRevision", Map.of("input", Map.of("id", NO_CARD, "version", 0, "revision", 1))),
            Map.entry("WriteReleaseNote", Map.of("input", Map.of("slug", "Not a slug", "cardSlug", "call-tracking-employers", "title", "Лимиты"))),
            // The review queue and its steps on a pending edit.
            Map.entry("ReviewQueue", Map.of()),
            Map.entry("ApprovePendingRevision", Map.of("input", Map.of("id", NO_CARD, "version", 0))),
            Map.entry("RequestPendingRevisionChanges", Map.of("input", Map.of("id", NO_CARD, "version", 0, "comment", "Лимиты"))),
            Map.entry("DiscardPendingRevision", Map.of("input", Map.of("id", NO_CARD, "version", 0))),
            // The reader's segment pages and the card's «Сообщить о проблеме» (refused: no such card, nothing stored).
            Map.entry("SegmentPage", Map.of("slug", "missing-calls-no-tracking")),
            Map.entry("AllSegments", Map.of()),
            Map.entry("SendCardFeedback", Map.of("input", Map.of("cardSlug", "no-such-card", "kind", "QUESTION", "message", "Лимиты"))),
            // The evidence and segment editors; their mutations are refused in the same way.
            Map.entry("CardEvidence", Map.of("slug", "call-tracking-employers")),
            Map.entry("PreviewEvidence", Map.of("input", Map.of("kind", "AB_TEST", "abTest",
                    Map.of("controlUsers", 1000, "controlConversions", 360, "variantUsers", 1000, "variantConversions", 500)))),
            Map.entry("EvidenceLastSaved", Map.of("slug", "call-tracking-survey-2026")),
            Map.entry("CreateEvidence", Map.of("input", Map.of("slug", "Not a slug", "cardSlug", "call-tracking-employers", "kind", "SURVEY",
                    "survey", Map.of("respondents", 10, "satisfied", 7), "title", "Лимиты"))),
            Map.entry("UpdateEvidence", Map.of("input", Map.of("id", NO_CARD, "version", 0, "title", "Лимиты"))),
            Map.entry("DeleteEvidence", Map.of("input", Map.of("id", NO_CARD, "version", 0))),
            Map.entry("SegmentList", Map.of()),
            Map.entry("SegmentEditor", Map.of("slug", "missing-calls-no-tracking")),
            Map.entry("SegmentChoices", Map.of()),
            Map.entry("PreviewSegment", Map.of("input", Map.of("criteria", Map.of("sizeMin", 10, "industries", List.of("retail"))))),
            Map.entry("CreateSegment", Map.of("input", Map.of("slug", "Not a slug", "name", "Лимиты"))),
            Map.entry("UpdateSegment", Map.of("input", Map.of("id", NO_CARD, "version", 0, "name", "Лимиты"))));

    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"[ \\t]*\\n(.*?)\"\"\"", Pattern.DOTALL);
    /** What may follow a text block: {@code .formatted(ARGUMENTS)} or {@code + CONSTANT}. */
    private static final Pattern FORMATTED = Pattern.compile("\\s*\\.formatted\\(([^;]*?)\\)\\s*[,;)]");
    private static final Pattern CONCATENATED = Pattern.compile("\\s*\\+\\s*([A-Z_][A-Za-z0-9_]*)\\s*[,;)]");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Z_][A-Za-z0-9_]*");

    private RealQueries() {
    }

    /** Every text block of the test sources, with its file and line; most are GraphQL, some are not. */
    static List<Source> textBlocks() {
        List<Source> blocks = new ArrayList<>();
        Path probes = TEST_SOURCES.resolve(RealQueries.class.getPackageName().replace('.', '/'));
        for (Path file : files(TEST_SOURCES, ".java")) {
            if (file.startsWith(probes)) {
                continue;
            }
            String source = read(file);
            Matcher block = TEXT_BLOCK.matcher(source);
            while (block.find()) {
                String text = javaTextBlock(block.group(1));
                Matcher formatted = FORMATTED.matcher(source).region(block.end(), source.length());
                Matcher concatenated = CONCATENATED.matcher(source).region(block.end(), source.length());
                if (formatted.lookingAt()) {
                    text = fillIn(text, formatted.group(1), source);
                } else if (concatenated.lookingAt() && constant(source, concatenated.group(1)) != null) {
                    text = text + constant(source, concatenated.group(1));
                }
                int line = (int) source.substring(0, block.start()).lines().count() + 1;
                blocks.add(new Source(TEST_SOURCES.relativize(file) + ":" + line, text));
            }
        }
        return blocks;
    }

    /**
     * Every operation of the web UI as it is sent: the operation and the fragments it spreads, which may be defined
     * in another of the UI's files (codegen puts them together the same way), printed compact, without comments and
     * indentation, as the UI's build strips them. Each is named {@code <file>#<operation>}, e.g.
     * {@code pages/card.graphql#CardPage}.
     */
    static List<Source> frontend() {
        List<Path> files = Operations.files(FRONTEND).stream().filter(file -> !file.startsWith(FRONTEND_GENERATED)).toList();
        return Operations.parse(FRONTEND, files).stream()
                .map(operation -> new Source(operation.file() + "#" + operation.name(), operation.document())).toList();
    }

    /** The operations the tests share, from their per-feature files ({@link Operations}), named like {@link #frontend()}'s. */
    static List<Source> testOperations() {
        Path root = Path.of(Operations.DIR);
        return Operations.parse(root, Operations.files(root)).stream()
                .map(operation -> new Source(Operations.DIR + "/" + operation.file() + "#" + operation.name(), operation.document()))
                .toList();
    }

    /** The operation's name of a {@link #frontend()} document. */
    static String operationName(Source frontend) {
        return frontend.where().substring(frontend.where().indexOf('#') + 1);
    }

    /** The text of a text block as javac makes it: incidental indentation removed, escapes translated. */
    private static String javaTextBlock(String raw) {
        return raw.stripIndent().translateEscapes();
    }

    /**
     * Fills in {@code %s} and {@code %d}: an argument that is a String constant of the same file with its value, any
     * other with a stand-in that keeps the document valid (a string inside quotes, {@code __typename} as a selection,
     * 1 as a number).
     */
    private static String fillIn(String text, String arguments, String source) {
        List<String> values = new ArrayList<>();
        for (String argument : arguments.split(",")) {
            String name = argument.trim();
            values.add(IDENTIFIER.matcher(name).matches() ? constant(source, name) : null);
        }
        StringBuilder filled = new StringBuilder();
        int next = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'd')) {
                String value = next < values.size() ? values.get(next) : null;
                next++;
                if (value == null) {
                    boolean quoted = i > 0 && text.charAt(i - 1) == '"';
                    value = text.charAt(i + 1) == 'd' ? "1" : quoted ? "x" : "__typename";
                }
                filled.append(value);
                i++;
            } else {
                filled.append(c);
            }
        }
        return filled.toString();
    }

    private static String constant(String source, String name) {
        Matcher block = Pattern.compile("String\\s+" + name + "\\s*=\\s*\"\"\"[ \\t]*\\n(.*?)\"\"\"", Pattern.DOTALL).matcher(source);
        if (block.find()) {
            return javaTextBlock(block.group(1));
        }
        Matcher literal = Pattern.compile("String\\s+" + name + "\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*;").matcher(source);
        return literal.find() ? literal.group(1).translateEscapes() : null;
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
