package com.example.portal.glossary;

import static com.example.portal.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The annotate query on the sample glossary, imported at test start. */
@QuarkusTest
class AnnotateApiQuarkusTest {

    private static final String ANNOTATE = """
            query($text: String!) {
              annotate(text: $text) { start end text term { slug term definition } }
            }""";

    private static JsonPath annotate(String text) {
        JsonPath result = graphql(ANNOTATE, "text", text);
        assertThat(result.getList("errors")).isNull();
        return result;
    }

    @Test
    void findsCallTrackingAndTheReferralProgramWithOffsetsAndDefinitions() {
        String text = "Клиент теряет звонки, нужен колл-трекинг и рефералка";
        JsonPath result = annotate(text);
        assertThat(result.getList("data.annotate.term.slug")).containsExactly("call-tracking", "referral-program");
        assertThat(result.getList("data.annotate.text")).containsExactly("колл-трекинг", "рефералка");
        assertThat(result.getInt("data.annotate[0].start")).isEqualTo(text.indexOf("колл-трекинг"));
        assertThat(result.getInt("data.annotate[0].end")).isEqualTo(text.indexOf(" и рефералка"));
        assertThat(result.getString("data.annotate[1].term.term")).isEqualTo("Реферальная программа");
        assertThat(result.getString("data.annotate[0].term.definition")).startsWith("Учёт звонков через подменный номер");
    }

    @Test
    void findsInflectedFormsAliasesAndPhrasesOfTheSampleGlossary() {
        // «лидов» and «CJM» are sales-deck jargon too: the discouraged entries that list them win over the plain terms.
        JsonPath result = annotate("Без колл-трекинга теряем лидов; конверсией в воронке займёмся по CJM, калтрекинг и calltracking "
                + "снижают долю пропущенных звонков, а условия реферальной программы — в A/B-тесте.");
        assertThat(result.getList("data.annotate.term.slug")).containsExactly("call-tracking", "jargon-lead", "conversion", "funnel", "jargon-cjm",
                "call-tracking", "call-tracking", "missed-call-share", "referral-program", "ab-test");
        assertThat(result.getList("data.annotate.text")).contains("долю пропущенных звонков", "реферальной программы", "A/B-тесте");
    }

    @Test
    void offsetsCountUtf16CodeUnitsLikeJavaScript() {
        String text = "🚀📞 Чёрный список? Нет: отток и MySQL не путать с SQL";
        JsonPath result = annotate(text);
        assertThat(result.getList("data.annotate.term.slug")).containsExactly("churn", "jargon-sql");
        // Two emoji are four UTF-16 code units: "отток" starts at 25 as JavaScript counts, 23 in code points.
        assertThat(result.getInt("data.annotate[0].start")).isEqualTo(25);
        assertThat(text.substring(25, result.getInt("data.annotate[0].end"))).isEqualTo("отток");
        assertThat(result.getInt("data.annotate[1].start")).isEqualTo(text.lastIndexOf("SQL"));
    }

    @Test
    void aTextWithoutTermsGivesAnEmptyList() {
        assertThat(annotate("").getList("data.annotate")).isEmpty();
        assertThat(annotate("Работодатель перезванивает кандидату в тот же день.").getList("data.annotate")).isEmpty();
    }

    @Test
    void aTextOverTheLimitIsABadRequest() {
        String atLimit = "колл-трекинг " + "да ".repeat(33_329);
        assertThat(atLimit).hasSize(100_000);
        assertThat(annotate(atLimit).getList("data.annotate.term.slug")).containsExactly("call-tracking");

        JsonPath tooLong = graphql(ANNOTATE, "text", atLimit + "!");
        assertThat(tooLong.getString("errors[0].extensions.code")).isEqualTo("BAD_REQUEST");
        assertThat(tooLong.getString("errors[0].message")).contains("100001").contains("at most 100000");
    }

    @Test
    void aChangedGlossaryTermIsFoundAtOnce() {
        String text = "Квазитермин и псевдотермины";
        assertThat(annotate(text).getList("data.annotate")).isEmpty();

        JsonPath created = graphql("""
                mutation($input: CreateGlossaryTermInput!) {
                  createGlossaryTerm(input: $input) { term { id version } userErrors { message } }
                }""", "input", Map.of("slug", "test-ann-quasi", "term", "Квазитермин", "kind", "TERM",
                "definition", "Термин, которого нет, для проверки словаря."));
        assertThat(created.getList("data.createGlossaryTerm.userErrors")).isEmpty();
        String id = created.getString("data.createGlossaryTerm.term.id");
        assertThat(annotate(text).getList("data.annotate.text")).containsExactly("Квазитермин");

        JsonPath updated = graphql("""
                mutation($input: UpdateGlossaryTermInput!) {
                  updateGlossaryTerm(input: $input) { term { version } userErrors { message } }
                }""", "input", Map.of("id", id, "version", created.getInt("data.createGlossaryTerm.term.version"),
                "aliases", List.of("псевдотермин")));
        assertThat(updated.getList("data.updateGlossaryTerm.userErrors")).isEmpty();
        assertThat(annotate(text).getList("data.annotate.text")).containsExactly("Квазитермин", "псевдотермины");

        JsonPath deleted = graphql("""
                mutation($input: DeleteInput!) { deleteGlossaryTerm(input: $input) { userErrors { message } } }""",
                "input", Map.of("id", id, "version", updated.getInt("data.updateGlossaryTerm.term.version")));
        assertThat(deleted.getList("data.deleteGlossaryTerm.userErrors")).isEmpty();
        assertThat(annotate(text).getList("data.annotate")).isEmpty();
    }
}
