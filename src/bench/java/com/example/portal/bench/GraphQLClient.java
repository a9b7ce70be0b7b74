package com.example.portal.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;

import com.example.portal.bench.QueryMix.BenchQuery;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** POSTs GraphQL documents to the portal with a bearer token (java.net.http, HTTP/1.1 keep-alive). */
final class GraphQLClient {

    /**
     * The web UI's own documents, read from its files: the card page's, and the search page's (SearchPage: 20 hits with
     * highlights and what each hit is, facets, total; SearchBox: the suggestions while typing).
     */
    static final String CARD_PAGE = webUi("pages/card.graphql");
    static final String SEARCH_PAGE = webUi("pages/search.graphql");

    static final ObjectMapper JSON = new ObjectMapper();

    final HttpClient http;
    private final URI endpoint;

    GraphQLClient(URI endpoint) {
        this.endpoint = endpoint;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newCachedThreadPool(r -> {
                    Thread t = new Thread(r, "bench-http");
                    t.setDaemon(true);
                    return t;
                })).build();
    }

    /** The JSON body of a search request for one query of the mix, first 20. */
    static String searchBody(BenchQuery q) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("query", q.text());
        variables.put("first", 20);
        var f = q.filter();
        if (f != null) {
            Map<String, Object> filter = new LinkedHashMap<>();
            if (f.type != null) {
                filter.put("type", f.type.name());
            }
            if (f.productSlug != null) {
                filter.put("productSlug", f.productSlug);
            }
            if (f.segmentSlug != null) {
                filter.put("segmentSlug", f.segmentSlug);
            }
            if (f.funnelStage != null) {
                filter.put("funnelStage", f.funnelStage.name());
            }
            if (f.tag != null) {
                filter.put("tag", f.tag);
            }
            variables.put("filter", filter);
        }
        return body(SEARCH_PAGE, "SearchPage", variables);
    }

    /** The card page's request for one card. */
    static String cardPageBody(String slug) {
        return body(CARD_PAGE, "CardPage", Map.of("slug", slug));
    }

    /** The search box's request for suggestions while typing. */
    static String suggestBody(String prefix) {
        return body(SEARCH_PAGE, "SearchBox", Map.of("prefix", prefix));
    }

    static String body(String document, Map<String, Object> variables) {
        return body(document, null, variables);
    }

    /** A request body; the operation's name picks one of a document's operations (null when it has only one). */
    static String body(String document, String operation, Map<String, Object> variables) {
        try {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("query", document);
            if (operation != null) {
                request.put("operationName", operation);
            }
            request.put("variables", variables);
            return JSON.writeValueAsString(request);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpRequest request(String token, String body, Duration timeout) {
        return HttpRequest.newBuilder(endpoint).timeout(timeout).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Sends and returns the response body, or throws when the status is not 200 or the body has errors. */
    String send(String token, String body, Duration timeout) throws Exception {
        HttpResponse<String> response = http.send(request(token, body, timeout), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().startsWith("{\"errors\"") || response.body().contains("\"errors\":[")) {
            throw new IllegalStateException("GraphQL request failed with HTTP " + response.statusCode() + ": "
                    + abbreviate(response.body()));
        }
        return response.body();
    }

    /** Sends a document with variables and returns its {@code data}. */
    JsonNode data(String token, String document, Map<String, Object> variables, Duration timeout) throws Exception {
        return JSON.readTree(send(token, body(document, variables), timeout)).get("data");
    }

    private static String webUi(String file) {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("src/main/webui/src", file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String abbreviate(String s) {
        return s.length() <= 600 ? s : s.substring(0, 600) + "…";
    }
}
