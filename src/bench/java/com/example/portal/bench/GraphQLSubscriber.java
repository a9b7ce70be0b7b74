package com.example.portal.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One GraphQL subscription over a WebSocket (graphql-transport-ws, java.net.http), the way the web frontend
 * subscribes: the token in the connection_init payload, then one subscribe message. Pings are answered.
 */
final class GraphQLSubscriber implements AutoCloseable {

    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final WebSocket socket;

    private GraphQLSubscriber(HttpClient http, URI endpoint, String token, String document) throws Exception {
        socket = http.newWebSocketBuilder().subprotocols("graphql-transport-ws").connectTimeout(Duration.ofSeconds(10))
                .buildAsync(endpoint, new Listener()).get(10, TimeUnit.SECONDS);
        send(Map.of("type", "connection_init", "payload", Map.of("Authorization", "Bearer " + token)));
        JsonNode ack = nextMessage(Duration.ofSeconds(10));
        if (ack == null || !"connection_ack".equals(ack.path("type").asText())) {
            throw new IllegalStateException("No connection_ack from " + endpoint + ": " + ack);
        }
        send(Map.of("id", "1", "type", "subscribe", "payload", Map.of("query", document)));
    }

    /** Connects to a portal's /graphql (http:// becomes ws://) and subscribes. */
    static GraphQLSubscriber subscribe(HttpClient http, URI graphqlEndpoint, String token, String document) throws Exception {
        return new GraphQLSubscriber(http, URI.create(graphqlEndpoint.toString().replaceFirst("^http", "ws")), token, document);
    }

    /** The data of the next item, or null when none arrives in time; an error message fails. */
    JsonNode next(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode message = nextMessage(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            if (message == null) {
                return null;
            }
            switch (message.path("type").asText()) {
                case "next" -> {
                    return message.path("payload").path("data");
                }
                case "error", "complete" -> throw new IllegalStateException("The subscription ended: " + message);
                default -> {
                    // pong, or a ping answered by the listener
                }
            }
        }
    }

    private JsonNode nextMessage(Duration timeout) throws InterruptedException {
        return messages.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void send(Map<String, Object> message) throws Exception {
        socket.sendText(GraphQLClient.JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null);
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode message = GraphQLClient.JSON.readTree(partial.toString());
                    if ("ping".equals(message.path("type").asText())) {
                        webSocket.sendText("{\"type\":\"pong\"}", true);
                    }
                    messages.add(message);
                } catch (Exception e) {
                    throw new IllegalStateException("Not JSON: " + partial, e);
                } finally {
                    partial.setLength(0);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
