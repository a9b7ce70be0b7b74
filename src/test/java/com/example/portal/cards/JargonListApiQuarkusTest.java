package com.example.portal.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.example.portal.GraphQLClient;
import com.example.portal.TestCards;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The discouraged-words list: the sales-deck jargon of the sample glossary is flagged with a plain suggestion, and a
 * word a PM marks as discouraged through the glossary shows in annotate and in the save payload's warnings at once.
 */
@QuarkusTest
class JargonListApiQuarkusTest {

    static final GraphQLClient PM = GraphQLClient.as("pm.glossary", "pm");

    static final String ANNOTATE = "query($t: String!) { annotate(text: $t) { text term { slug discouraged definition } } }";

    static final String WARNINGS = "warnings { kind text suggestion term { slug } occurrences { field } }";

    static final String UPDATE = """
            mutation($input: UpdateFeatureCardInput!) {
              updateFeatureCard(input: $input) { card { id version } userErrors { field message code } %s }
            }""".formatted(WARNINGS);

    @Test
    void salesDeckJargonIsFlaggedWithAPlainRussianSuggestion() {
        Map<String, String> jargon = new java.util.LinkedHashMap<>();
        jargon.put("LTV", "jargon-ltv");
        jargon.put("churn", "jargon-churn");
        jargon.put("кросс-селл", "jargon-cross-sell");
        jargon.put("апсейл", "jargon-upsell");
        jargon.put("CJM", "jargon-cjm");
        jargon.put("синергия", "jargon-synergy");
        jargon.put("лидов", "jargon-lead");
        jargon.put("конвершн", "jargon-conversion");
        jargon.put("онбординг", "jargon-onboarding");
        jargon.put("retention", "jargon-retention");
        jargon.put("MQL", "jargon-mql");
        jargon.put("SQL", "jargon-sql");
        jargon.put("пайплайне", "jargon-pipeline");
        jargon.put("ROI", "jargon-roi");
        String text = "Вырастет " + String.join(", ", jargon.keySet()) + ".";

        JsonPath annotated = PM.run(ANNOTATE, "t", text);
        assertThat(annotated.getList("data.annotate.text")).containsExactlyElementsOf(jargon.keySet());
        assertThat(annotated.getList("data.annotate.term.slug")).containsExactlyElementsOf(jargon.values());
        assertThat(annotated.getList("data.annotate.term.discouraged")).containsOnly(true);

        Map<String, Object> card = TestCards.createCard("jargon-list-product", "jargon-list-card");
        JsonPath saved = PM.run(UPDATE, "input", Map.of("id", card.get("id"), "version", card.get("version"), "summary", text));
        assertThat(saved.getList("data.updateFeatureCard.userErrors")).isEmpty();
        String at = "data.updateFeatureCard.warnings.findAll { it.kind == 'DISCOURAGED_TERM' }";
        assertThat(saved.getList(at + ".text")).containsExactlyElementsOf(jargon.keySet());
        assertThat(saved.getList(at + ".term.slug")).containsExactlyElementsOf(jargon.values());
        // Every suggestion names the plain words to write instead, in «quotes».
        assertThat(saved.<String>getList(at + ".suggestion")).allSatisfy(s -> assertThat(s).containsPattern("«[а-яё]"));

        // The plain terms are still found by their own words, and keep explaining the metric in the glossary.
        JsonPath plain = PM.run(ANNOTATE, "t", "Допродажа снижает отток, а окупаемость растёт.");
        assertThat(plain.getList("data.annotate.term.slug")).containsExactly("upsell", "churn", "roi");
        assertThat(plain.getList("data.annotate.term.discouraged")).containsOnly(false);
    }

    @Test
    void aWordAPmMarksDiscouragedInTheGlossaryIsFlaggedAtOnce() {
        String text = "Дашборд стал хайповым.";
        assertThat(PM.run(ANNOTATE, "t", text).getList("data.annotate")).isEmpty();

        JsonPath created = PM.run("""
                mutation($input: CreateGlossaryTermInput!) {
                  createGlossaryTerm(input: $input) { term { id version discouraged } userErrors { field message code } }
                }""", "input", Map.of("slug", "test-jargon-hype", "term", "Хайповый", "aliases", List.of("хайп"),
                "definition", "Жаргон: модный. Пишите «популярный».", "kind", "TERM", "discouraged", true));
        assertThat(created.getList("data.createGlossaryTerm.userErrors")).isEmpty();
        JsonPath plainTerm = PM.run("""
                mutation($input: CreateGlossaryTermInput!) {
                  createGlossaryTerm(input: $input) { term { id version } userErrors { field message code } }
                }""", "input", Map.of("slug", "test-jargon-dashboard", "term", "Дашборд",
                "definition", "Страница с графиками.", "kind", "TERM"));
        assertThat(plainTerm.getList("data.createGlossaryTerm.userErrors")).isEmpty();

        JsonPath annotated = PM.run(ANNOTATE, "t", text);
        assertThat(annotated.getList("data.annotate.term.slug")).containsExactly("test-jargon-dashboard", "test-jargon-hype");
        assertThat(annotated.getList("data.annotate.term.discouraged")).containsExactly(false, true);

        // A draft's save: the new word comes back as a warning with the PM's suggestion; the plain term does not.
        Map<String, Object> draft = TestCards.createCard("jargon-list-product", "jargon-list-draft");
        JsonPath saved = PM.run(UPDATE, "input", Map.of("id", draft.get("id"), "version", draft.get("version"), "summary", text));
        String discouraged = "data.updateFeatureCard.warnings.findAll { it.kind == 'DISCOURAGED_TERM' }";
        assertThat(saved.getList(discouraged + ".text")).containsExactly("хайповым");
        assertThat(saved.getString(discouraged + "[0].suggestion")).isEqualTo("Жаргон: модный. Пишите «популярный».");
        assertThat(saved.getList(discouraged + "[0].occurrences.field")).containsExactly(List.of("summary"));

        // Marking an existing term discouraged takes effect on the next call, for a published card's pending edit too.
        JsonPath marked = PM.run("""
                mutation($input: UpdateGlossaryTermInput!) {
                  updateGlossaryTerm(input: $input) { term { discouraged } userErrors { field message code } }
                }""", "input", Map.of("id", plainTerm.getString("data.createGlossaryTerm.term.id"),
                "version", plainTerm.getInt("data.createGlossaryTerm.term.version"), "discouraged", true,
                "definition", "Жаргон: страница с графиками. Пишите «отчёт»."));
        assertThat(marked.getList("data.updateGlossaryTerm.userErrors")).isEmpty();
        assertThat(PM.run(ANNOTATE, "t", text).getList("data.annotate.term.discouraged")).containsExactly(true, true);

        Map<String, Object> published = TestCards.publish(TestCards.createCard("jargon-list-product", "jargon-list-published"));
        JsonPath pending = PM.run(UPDATE, "input", Map.of("id", published.get("id"), "version", published.get("version"),
                "talkingPoints", List.of("Покажите дашборд: это хайп.")));
        assertThat(pending.getList("data.updateFeatureCard.userErrors")).isEmpty();
        assertThat(pending.getList(discouraged + ".text")).containsExactly("дашборд", "хайп");
        assertThat(pending.getList(discouraged + ".term.slug")).containsExactly("test-jargon-dashboard", "test-jargon-hype");
        assertThat(pending.getList(discouraged + ".occurrences.field"))
                .containsOnly(List.of(List.of("talkingPoints", "0")));
    }
}
