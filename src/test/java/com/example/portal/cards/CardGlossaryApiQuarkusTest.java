package com.example.portal.cards;

import static com.example.portal.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A card's glossary mentions and jargon warnings, on the sample content and on cards of the test's own. */
@QuarkusTest
class CardGlossaryApiQuarkusTest {

    private static final String CARD_TEXTS = "title summary body jobs { situation motivation outcome } talkingPoints "
            + "objections { objection answer }";

    private static final String WARNINGS = "warnings { kind text message suggestion term { slug } occurrences { field start end } }";

    private static JsonPath card(String slug) {
        JsonPath result = graphql("query($slug: String) { featureCard(slug: $slug) { " + CARD_TEXTS + """
                 glossaryMentions { field start end text term { slug definition } }
                 jargon { kind text message suggestion term { slug } occurrences { field start end } } } }""", "slug", slug);
        assertThat(result.getList("errors")).isNull();
        return result;
    }

    @Test
    void aSampleCardsMentionsNameTheFieldAndPointAtTheWordsAsWritten() {
        JsonPath card = card("call-tracking-employers");
        List<Map<String, Object>> mentions = card.getList("data.featureCard.glossaryMentions");
        assertThat(mentions).isNotEmpty();
        for (Map<String, Object> mention : mentions) {
            @SuppressWarnings("unchecked")
            List<String> field = (List<String>) mention.get("field");
            String text = card.getString("data.featureCard." + path(field));
            assertThat(text.substring((int) mention.get("start"), (int) mention.get("end"))).as("mention in %s", field)
                    .isEqualTo(mention.get("text"));
        }
        assertThat(mentions.get(0)).containsEntry("field", List.of("title")).containsEntry("start", 0).containsEntry("end", 12)
                .containsEntry("text", "Колл-трекинг");
        assertThat(mentions).anySatisfy(m -> assertThat(m).containsEntry("field", List.of("body"))
                .containsEntry("text", "доля\nпропущенных")
                .containsEntry("term", Map.of("slug", "missed-call-share", "definition", definition(mentions, "missed-call-share"))));
        assertThat(mentions).filteredOn(m -> m.get("field").equals(List.of("objections", "2", "answer")))
                .extracting(m -> (Object) ((Map<?, ?>) m.get("term")).get("slug"))
                .containsExactly("call-tracking", "call-tracking", "crm", "ats");
        assertThat(mentions).anySatisfy(m -> assertThat(m).containsEntry("field", List.of("talkingPoints", "2"))
                .containsEntry("text", "A/B-тесте"));
    }

    private static String path(List<String> field) {
        return switch (field.size()) {
            case 1 -> field.get(0);
            case 2 -> field.get(0) + "[" + field.get(1) + "]";
            default -> field.get(0) + "[" + field.get(1) + "]." + field.get(2);
        };
    }

    private static Object definition(List<Map<String, Object>> mentions, String slug) {
        return mentions.stream().map(m -> (Map<?, ?>) m.get("term")).filter(t -> slug.equals(t.get("slug"))).findFirst()
                .map(t -> t.get("definition")).orElseThrow();
    }

    @Test
    void sampleCardsInPlainRussianHaveNoJargonAndLatinWordsOutsideTheGlossaryAreFlagged() {
        assertThat(card("call-tracking-employers").getList("data.featureCard.jargon")).isEmpty();

        JsonPath notifications = card("missed-call-notifications");
        // SMS, and the messengers the card names since issue 18's brand sentences: Latin words no glossary term explains.
        assertThat(notifications.getList("data.featureCard.jargon.kind")).containsOnly("UNKNOWN_LATIN_WORD");
        assertThat(notifications.getList("data.featureCard.jargon.text", String.class))
                .containsExactlyInAnyOrder("SMS", "Telegram", "WhatsApp");
        assertThat(notifications.getList("data.featureCard.jargon.message", String.class)).allMatch(m -> m.contains("not in the glossary"));
        int sms = notifications.getList("data.featureCard.jargon.text", String.class).indexOf("SMS");
        assertThat(notifications.getList("data.featureCard.jargon[" + sms + "].occurrences")).hasSizeGreaterThan(1);
    }

    private static final String SUMMARY = "Фичу зашипили в марте: работодатель получает push о пропущенном звонке.";
    private static final String FEEDBACK = "Клиенты дали хороший фидбэк, push нравится.";

    private static Map<String, Object> jargonCard(String slug) {
        Map<String, Object> input = new HashMap<>();
        input.put("slug", slug);
        input.put("title", "Уведомления о звонках");
        input.put("summary", SUMMARY);
        input.put("body", "Подробности в roadmap. Колл-трекинг нужен.");
        input.put("productSlug", "call-tracking");
        input.put("talkingPoints", List.of("Сразу видно пропущенные звонки.", FEEDBACK));
        return input;
    }

    private static final String SUBMIT = """
            mutation($input: CardStepInput!) {
              submitCardForReview(input: $input) { card { slug status version } userErrors { code } %s }
            }""".formatted(WARNINGS);

    @Test
    void submittingACardWithJargonForReviewSucceedsAndReturnsWarnings() {
        JsonPath draft = graphql("""
                mutation($input: CreateFeatureCardInput!) {
                  createFeatureCard(input: $input) { card { id version } userErrors { field message } }
                }""", "input", jargonCard("test-ann-published"));
        assertThat(draft.getList("data.createFeatureCard.userErrors")).isEmpty();
        JsonPath created = graphql(SUBMIT, "input", Map.of("id", draft.getString("data.createFeatureCard.card.id"),
                "version", draft.getInt("data.createFeatureCard.card.version")));
        String payload = "data.submitCardForReview.";
        assertThat(created.getList(payload + "userErrors")).isEmpty();
        assertThat(created.getString(payload + "card.status")).isEqualTo("IN_REVIEW");
        assertThat(created.getList(payload + "warnings.text")).containsExactly("зашипили", "push", "roadmap", "фидбэк");
        assertThat(created.getList(payload + "warnings.kind"))
                .containsExactly("DISCOURAGED_TERM", "UNKNOWN_LATIN_WORD", "UNKNOWN_LATIN_WORD", "DISCOURAGED_TERM");

        Map<String, Object> shipped = created.getMap(payload + "warnings[0]");
        assertThat(shipped).containsEntry("term", Map.of("slug", "zashipit"));
        assertThat((String) shipped.get("suggestion")).contains("«выпустили»");
        assertThat((String) shipped.get("message")).contains("jargon to avoid").contains("Зашипить");
        assertThat(shipped.get("occurrences")).isEqualTo(List.of(Map.of("field", List.of("summary"), "start", SUMMARY.indexOf("зашипили"), "end", SUMMARY.indexOf(" в марте"))));

        Map<String, Object> push = created.getMap(payload + "warnings[1]");
        assertThat(push.get("term")).isNull();
        assertThat(push.get("suggestion")).isNull();
        assertThat(push.get("occurrences")).isEqualTo(List.of(
                Map.of("field", List.of("summary"), "start", SUMMARY.indexOf("push"), "end", SUMMARY.indexOf(" о пропущенном")),
                Map.of("field", List.of("talkingPoints", "1"), "start", FEEDBACK.indexOf("push"), "end", FEEDBACK.indexOf(" нравится"))));

        assertThat(graphql("{ featureCard(slug: \"test-ann-published\") { status } }").getString("data.featureCard.status"))
                .isEqualTo("IN_REVIEW");
    }

    @Test
    void everySaveReturnsTheWarningsAnnotateFindsAndAStaleOneExplainsWhoSaved() {
        JsonPath draft = graphql("""
                mutation($input: CreateFeatureCardInput!) {
                  createFeatureCard(input: $input) { card { id version jargon { text } } userErrors { message } %s }
                }""".formatted(WARNINGS), "input", jargonCard("test-ann-draft"));
        assertThat(draft.getList("data.createFeatureCard.userErrors")).isEmpty();
        assertThat(draft.getList("data.createFeatureCard.warnings.text")).containsExactly("зашипили", "push", "roadmap", "фидбэк");
        assertThat(draft.getList("data.createFeatureCard.card.jargon.text")).containsExactly("зашипили", "push", "roadmap", "фидбэк");

        JsonPath edited = graphql("""
                mutation($input: UpdateFeatureCardInput!) {
                  updateFeatureCard(input: $input) { card { status version } userErrors { code } %s }
                }""".formatted(WARNINGS), "input", Map.of("id", draft.getString("data.createFeatureCard.card.id"),
                "version", draft.getInt("data.createFeatureCard.card.version"),
                "summary", "Выпустили в марте: работодатель получает уведомление о пропущенном звонке."));
        assertThat(edited.getList("data.updateFeatureCard.userErrors")).isEmpty();
        assertThat(edited.getList("data.updateFeatureCard.warnings.text")).containsExactly("roadmap", "фидбэк", "push");

        JsonPath submitted = graphql(SUBMIT, "input", Map.of("id", draft.getString("data.createFeatureCard.card.id"),
                "version", edited.getInt("data.updateFeatureCard.card.version")));
        assertThat(submitted.getList("data.submitCardForReview.userErrors")).isEmpty();
        assertThat(submitted.getList("data.submitCardForReview.warnings.text")).containsExactly("roadmap", "фидбэк", "push");

        JsonPath stale = graphql(SUBMIT.replace("userErrors { code }", "userErrors { code message }"), "input", Map.of("id", draft.getString("data.createFeatureCard.card.id"),
                "version", draft.getInt("data.createFeatureCard.card.version")));
        assertThat(stale.getList("data.submitCardForReview.userErrors.code")).containsExactly("STALE_VERSION");
        assertThat(stale.getString("data.submitCardForReview.userErrors[0].message")).startsWith("Карточку сохранил(а) ")
                .contains("обновите страницу, ваш текст сохранится");
        assertThat(stale.getList("data.submitCardForReview.warnings")).isEmpty();
    }
}
