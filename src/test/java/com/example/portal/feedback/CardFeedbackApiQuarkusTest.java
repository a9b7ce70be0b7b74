package com.example.portal.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.example.portal.GraphQLClient;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** "Report a problem / ask the owner": any reader sends it about a card they may read; the card's owner reads it. */
@QuarkusTest
class CardFeedbackApiQuarkusTest {

    private static final String SEND = """
            mutation($input: SendCardFeedbackInput!) {
              sendCardFeedback(input: $input) {
                feedback { id kind message sentBy sentAt card { slug owner } }
                userErrors { field message code }
              }
            }""";
    private static final String LIST = """
            query($owner: String) { cardFeedback(owner: $owner, first: 100) {
              totalCount edges { node { kind message sentBy card { slug } } } } }""";

    private static List<String> messagesSeenBy(GraphQLClient client, String owner) {
        return client.run(LIST, "owner", owner).getList("data.cardFeedback.edges.node.message");
    }

    @Test
    void aSalesRepsProblemReachesTheCardsOwnerAndNoOtherOwner() {
        GraphQLClient rep = GraphQLClient.as("nina.feedback", "sales");
        String message = "На слайде устаревшая цена — клиент спросил, какая сейчас? " + System.nanoTime();
        JsonPath sent = rep.run(SEND, "input", Map.of("cardSlug", "promo-codes", "kind", "PROBLEM", "message", "  " + message + "  "));
        assertThat(sent.getList("data.sendCardFeedback.userErrors")).isEmpty();
        assertThat(sent.getString("data.sendCardFeedback.feedback.message")).isEqualTo(message);
        assertThat(sent.getString("data.sendCardFeedback.feedback.sentBy")).isEqualTo("nina.feedback");
        assertThat(sent.getString("data.sendCardFeedback.feedback.card.owner")).isEqualTo("olga.lebedeva");

        // The owner sees it on their page (their own list, asked without naming themselves), newest first.
        GraphQLClient owner = GraphQLClient.as("olga.lebedeva", "pm");
        JsonPath own = owner.run(LIST);
        assertThat(own.getList("data.cardFeedback.edges.node.message")).first().isEqualTo(message);
        assertThat(own.getString("data.cardFeedback.edges[0].node.card.slug")).isEqualTo("promo-codes");
        assertThat(own.getString("data.cardFeedback.edges[0].node.kind")).isEqualTo("PROBLEM");
        // Another PM's list does not have it; user names match as the identity provider compares them.
        assertThat(messagesSeenBy(GraphQLClient.as("pavel.smirnov", "pm"), null)).doesNotContain(message);
        assertThat(messagesSeenBy(GraphQLClient.as("pavel.smirnov", "pm"), " Olga.Lebedeva ")).contains(message);
    }

    @Test
    void aDraftIsAsAbsentToSalesAsAnUnknownCardAndNothingIsStored() {
        GraphQLClient rep = GraphQLClient.as("oleg.feedback", "sales");
        String message = "Когда выйдет? " + System.nanoTime();
        JsonPath refused = rep.run(SEND, "input", Map.of("cardSlug", "call-recordings", "kind", "QUESTION", "message", message));
        assertThat(refused.getString("data.sendCardFeedback.feedback")).isNull();
        assertThat(refused.getList("data.sendCardFeedback.userErrors.code")).containsExactly("NOT_FOUND");
        assertThat(refused.getList("data.sendCardFeedback.userErrors[0].field")).containsExactly("input", "cardSlug");
        assertThat(messagesSeenBy(GraphQLClient.as("anna.petrova", "pm"), null)).doesNotContain(message);

        // A PM may ask about a draft.
        JsonPath asked = GraphQLClient.as("pm.feedback", "pm").run(SEND, "input",
                Map.of("cardSlug", "call-recordings", "kind", "QUESTION", "message", message));
        assertThat(asked.getList("data.sendCardFeedback.userErrors")).isEmpty();
        assertThat(messagesSeenBy(GraphQLClient.as("anna.petrova", "pm"), null)).contains(message);
    }

    @Test
    void badInputIsRefusedFieldByField() {
        JsonPath refused = GraphQLClient.as("pita.feedback", "marketing").run(SEND, "input",
                Map.of("cardSlug", "no-such-card", "message", "x".repeat(2001)));
        List<Map<String, Object>> errors = refused.getList("data.sendCardFeedback.userErrors");
        assertThat(errors).extracting(e -> e.get("field")).containsExactlyInAnyOrder(List.of("input", "message"),
                List.of("input", "kind"), List.of("input", "cardSlug"));
        assertThat(errors).extracting(e -> e.get("code")).containsExactlyInAnyOrder("TOO_LONG", "REQUIRED", "NOT_FOUND");
        assertThat(errors).extracting(e -> (String) e.get("message")).anySatisfy(m -> assertThat(m).contains("at most 2000"));
    }

    @Test
    void onlyProductManagersReadFeedback() {
        JsonPath refused = GraphQLClient.as("rita.feedback", "sales").run(LIST);
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        assertThat(refused.getString("data")).isNull();
    }
}
