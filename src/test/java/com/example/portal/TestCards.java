package com.example.portal;

import static com.example.portal.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/** Creates the product and feature cards a test's own objects refer to, through the API like a client. */
public final class TestCards {

    private TestCards() {
    }

    /** The card with this slug, created (with its product) when it does not exist yet. */
    public static Map<String, Object> ensureCard(String productSlug, String cardSlug) {
        JsonPath existing = graphql("query($slug: String) { featureCard(slug: $slug) { id slug version } }", "slug", cardSlug);
        Map<String, Object> card = existing.getMap("data.featureCard");
        return card != null ? card : createCard(productSlug, cardSlug);
    }

    /** Creates a draft card with the given slug (and its product, once); returns the card's JSON (id, slug, version). */
    public static Map<String, Object> createCard(String productSlug, String cardSlug) {
        return createCard(productSlug, cardSlug, Map.of());
    }

    /** Like {@link #createCard(String, String)}, with more input fields, e.g. the segments or glossary terms it refers to. */
    public static Map<String, Object> createCard(String productSlug, String cardSlug, Map<String, Object> more) {
        JsonPath product = graphql(Operations.of("CreateProduct"),
                "input", Map.of("slug", productSlug, "name", "Тестовый продукт " + productSlug));
        List<Object> productErrors = product.getList("data.createProduct.userErrors.code");
        assertThat(productErrors).as("creating product %s", productSlug).isIn(List.of(), List.of("DUPLICATE"));

        Map<String, Object> input = new HashMap<>(more);
        input.putIfAbsent("owner", "pm.test");
        input.putAll(Map.of("slug", cardSlug, "title", "Тестовая карточка " + cardSlug, "summary", "Карточка для тестов.",
                "productSlug", productSlug));
        JsonPath card = graphql("""
                mutation($input: CreateFeatureCardInput!) {
                  createFeatureCard(input: $input) { card { id slug version } userErrors { field message code } }
                }""", "input", input);
        assertThat(card.getList("data.createFeatureCard.userErrors")).as("creating card %s", cardSlug).isEmpty();
        return card.getMap("data.createFeatureCard.card");
    }

    static final String STEP = """
            mutation($input: CardStepInput!) {
              %s(input: $input) { card { id slug status version } userErrors { field message code } }
            }""";

    /** Submits the card as an admin and has a second PM approve it: the card as published (id, slug, status, version). */
    public static Map<String, Object> publish(Map<String, Object> card) {
        Map<String, Object> submitted = step(GraphQLClient.ADMIN, "submitCardForReview", card);
        return step(GraphQLClient.as("pm.reviewer", "pm"), "approveCard", submitted);
    }

    /** Runs a workflow step that must succeed; returns the card after it. */
    public static Map<String, Object> step(GraphQLClient as, String mutation, Map<String, Object> card) {
        JsonPath result = as.run(STEP.formatted(mutation), "input", Map.of("id", card.get("id"), "version", card.get("version")));
        assertThat(result.getList("errors")).as("%s %s", mutation, card.get("slug")).isNull();
        assertThat(result.getList("data." + mutation + ".userErrors")).as("%s %s", mutation, card.get("slug")).isEmpty();
        return result.getMap("data." + mutation + ".card");
    }
}
