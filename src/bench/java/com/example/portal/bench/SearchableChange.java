package com.example.portal.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One published change, timed until a sales rep finds it: a PM puts a new word into a published card's body
 * (updateFeatureCard: a pending edit, which sales do not see), a second PM approves it (approvePendingRevision); the
 * sales rep then searches for the word, every few milliseconds, until the card is a hit. The writer and the reader may
 * be one portal (the benchmark) or two replicas (ReplicasIT).
 */
final class SearchableChange {

    private static final Duration SHORT = Duration.ofSeconds(30);
    private static final String CARD = "query($slug: String) { featureCard(slug: $slug) { id version status body } }";
    private static final String UPDATE = "mutation($input: UpdateFeatureCardInput!) { updateFeatureCard(input: $input) "
            + "{ card { id version } userErrors { message } } }";
    private static final String APPROVE = "mutation($input: CardStepInput!) { approvePendingRevision(input: $input) "
            + "{ card { version } userErrors { message } } }";
    private static final String FIND = "query($q: String!) { search(query: $q, first: 20) { edges { node { slug } } } }";

    /**
     * How long it took, in nanoseconds: the approval's round trip, and from sending it and from its response to the
     * first search that found the card; and how many searches that took.
     */
    record Timing(long mutation, long fromSend, long fromResponse, int polls) {
    }

    private final GraphQLClient writer;
    private final GraphQLClient reader;
    private final String pm;
    private final String reviewer;
    private final String sales;
    private final long pollMillis;

    /** pollMillis: the pause between two searches; searching without pause would take the CPU the indexer needs. */
    SearchableChange(GraphQLClient writer, GraphQLClient reader, String pm, String reviewer, String sales, long pollMillis) {
        this.pollMillis = pollMillis;
        this.writer = writer;
        this.reader = reader;
        this.pm = pm;
        this.reviewer = reviewer;
        this.sales = sales;
    }

    /** Changes the card and times it; null when the card is not published (nothing changed). */
    Timing measure(String slug, String word) throws Exception {
        JsonNode card = writer.data(pm, CARD, Map.of("slug", slug), SHORT).get("featureCard");
        if (card == null || card.isNull() || !card.get("status").asText().equals("PUBLISHED")) {
            return null;
        }
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("id", card.get("id").asText());
        input.put("version", card.get("version").asInt());
        input.put("body", card.get("body").asText() + "\n\n" + word);
        JsonNode payload = writer.data(pm, UPDATE, Map.of("input", input), SHORT).get("updateFeatureCard");
        if (payload.get("userErrors").size() > 0) {
            throw new IllegalStateException("updateFeatureCard refused: " + payload.get("userErrors"));
        }
        JsonNode pending = payload.get("card");
        long sent = System.nanoTime();
        JsonNode approval = writer.data(reviewer, APPROVE, Map.of("input",
                Map.of("id", pending.get("id").asText(), "version", pending.get("version").asInt())), SHORT)
                .get("approvePendingRevision");
        long answered = System.nanoTime();
        if (approval.get("userErrors").size() > 0) {
            throw new IllegalStateException("approvePendingRevision refused: " + approval.get("userErrors"));
        }
        long deadline = answered + 30_000_000_000L;
        int polls = 0;
        while (System.nanoTime() < deadline) {
            polls++;
            JsonNode found = reader.data(sales, FIND, Map.of("q", word), SHORT).get("search").get("edges");
            for (JsonNode edge : found) {
                if (edge.get("node").get("slug").asText().equals(slug)) {
                    long hit = System.nanoTime();
                    return new Timing(answered - sent, hit - sent, hit - answered, polls);
                }
            }
            Thread.sleep(pollMillis);
        }
        throw new IllegalStateException("Card " + slug + " was not found by the word «" + word + "» 30 s after its change");
    }

    /** A word no card contains: "зк" and six consonants (no vowel, so the Russian stemmer leaves it whole). */
    static String uniqueWord(int n) {
        String letters = "бвгджзклмнпрстфхцчшщ";
        StringBuilder word = new StringBuilder("зк");
        for (int i = 0, v = n; i < 6; i++, v /= letters.length()) {
            word.append(letters.charAt(v % letters.length()));
        }
        return word.toString();
    }
}
