package com.example.portal.releases;

import static com.example.portal.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.example.portal.TestCards;
import com.example.portal.TestTokens;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;

/**
 * releaseNotePublished over a real WebSocket (graphql-transport-ws), the way the web frontend subscribes: the token in
 * the connection_init payload, notes arriving after the mutation commits, and the same visibility as the feed.
 */
@QuarkusTest
class ReleaseNoteSubscriptionTest {

    static final String SUBSCRIPTION = "subscription { releaseNotePublished { id slug title publishedOn audiences cardSlug } }";

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Inject
    Vertx vertx;

    private WebSocketClient client;

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
    }

    /** One open connection, its messages as they arrive. */
    record Connection(WebSocket socket, BlockingQueue<JsonObject> messages) {

        JsonObject next() throws InterruptedException {
            JsonObject message = messages.poll(10, TimeUnit.SECONDS);
            assertThat(message).as("a message within 10 s").isNotNull();
            return message;
        }

        /** The next message that is not a keep-alive ping nor a probe note (see {@link #awaitLive}). */
        JsonObject nextOfInterest() throws InterruptedException {
            JsonObject message = next();
            while ("ping".equals(message.getString("type")) || "pong".equals(message.getString("type")) || isProbe(message)) {
                message = next();
            }
            return message;
        }

        private static boolean isProbe(JsonObject message) {
            return message.encode().contains("\"slug\":\"sub-probe-");
        }

        /**
         * The server subscribes some time after the subscribe message; a note created before that is missed. Creates
         * probe notes about a published card until one arrives, so the notes a test creates afterwards are seen.
         */
        void awaitLive(String publishedCardSlug) throws InterruptedException {
            for (int attempt = 0; attempt < 30; attempt++) {
                createNote(publishedCardSlug, "sub-probe-" + UUID.randomUUID());
                JsonObject message = messages.poll(1, TimeUnit.SECONDS);
                while (message != null) {
                    if (isProbe(message)) {
                        return;
                    }
                    message = messages.poll(1, TimeUnit.SECONDS);
                }
            }
            throw new AssertionError("the subscription delivered no note within 30 attempts");
        }

        void send(JsonObject message) {
            socket.writeTextMessage(message.encode());
        }
    }

    private Connection connect(String token) throws Exception {
        client = vertx.createWebSocketClient();
        BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(endpoint.getHost()).setPort(endpoint.getPort())
                .setURI(endpoint.getPath()).addSubProtocol("graphql-transport-ws");
        CompletableFuture<WebSocket> opened = new CompletableFuture<>();
        client.connect(options).onSuccess(socket -> {
            socket.textMessageHandler(text -> messages.add(new JsonObject(text)));
            opened.complete(socket);
        }).onFailure(opened::completeExceptionally);
        Connection connection = new Connection(opened.get(10, TimeUnit.SECONDS), messages);
        JsonObject init = new JsonObject().put("type", "connection_init");
        if (token != null) {
            init.put("payload", new JsonObject().put("Authorization", "Bearer " + token));
        }
        connection.send(init);
        assertThat(connection.nextOfInterest().getString("type")).isEqualTo("connection_ack");
        connection.send(new JsonObject().put("id", "1").put("type", "subscribe")
                .put("payload", new JsonObject().put("query", SUBSCRIPTION)));
        return connection;
    }

    private static void createNote(String cardSlug, String noteSlug) {
        var result = graphql("""
                mutation($input: CreateReleaseNoteInput!) {
                  createReleaseNote(input: $input) { releaseNote { slug } userErrors { message } }
                }""", "input", Map.of("slug", noteSlug, "cardSlug", cardSlug, "publishedOn", "2026-06-01",
                "title", "Заметка " + noteSlug, "text", "Что изменилось.", "audiences", List.of("SALES")));
        assertThat(result.getList("data.createReleaseNote.userErrors")).isEmpty();
    }

    @Test
    void salesReceiveANoteAboutAPublishedCardButNotAboutADraft() throws Exception {
        Map<String, Object> published = TestCards.publish(TestCards.ensureCard("sub-product", "sub-published-card"));
        TestCards.ensureCard("sub-product", "sub-draft-card");
        Connection sales = connect(TestTokens.token("sales.sub", "sales"));
        sales.awaitLive((String) published.get("slug"));

        createNote("sub-draft-card", "sub-note-about-draft");
        createNote((String) published.get("slug"), "sub-note-about-published");

        JsonObject message = sales.nextOfInterest();
        assertThat(message.getString("type")).isEqualTo("next");
        JsonObject note = message.getJsonObject("payload").getJsonObject("data").getJsonObject("releaseNotePublished");
        // Notes arrive in order, so the draft's note, created first, would have come before this one.
        assertThat(note.getString("slug")).isEqualTo("sub-note-about-published");
        assertThat(note.getString("cardSlug")).isEqualTo("sub-published-card");
        assertThat(note.getString("title")).isEqualTo("Заметка sub-note-about-published");
    }

    @Test
    void aPmReceivesANoteAboutADraft() throws Exception {
        Map<String, Object> published = TestCards.publish(TestCards.ensureCard("sub-product", "sub-pm-published-card"));
        TestCards.ensureCard("sub-product", "sub-pm-draft-card");
        Connection pm = connect(TestTokens.token("pm.sub", "pm"));
        pm.awaitLive((String) published.get("slug"));

        createNote("sub-pm-draft-card", "sub-pm-note-about-draft");

        JsonObject message = pm.nextOfInterest();
        assertThat(message.getString("type")).isEqualTo("next");
        assertThat(message.getJsonObject("payload").getJsonObject("data").getJsonObject("releaseNotePublished")
                .getString("slug")).isEqualTo("sub-pm-note-about-draft");
    }

    @Test
    void aSubscriptionWithoutATokenIsRefused() throws Exception {
        Connection anonymous = connect(null);

        JsonObject message = anonymous.nextOfInterest();
        assertThat(message.encode()).contains("UNAUTHENTICATED");
        assertThat(message.getString("type")).isIn("error", "next");
    }

    @Test
    void aSubscriptionWithAnInvalidTokenGetsNoNotes() throws Exception {
        client = vertx.createWebSocketClient();
        BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
        CompletableFuture<Short> closed = new CompletableFuture<>();
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(endpoint.getHost()).setPort(endpoint.getPort())
                .setURI(endpoint.getPath()).addSubProtocol("graphql-transport-ws");
        WebSocket socket = client.connect(options).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        socket.textMessageHandler(text -> messages.add(new JsonObject(text)));
        socket.closeHandler(ignored -> closed.complete(socket.closeStatusCode()));
        socket.writeTextMessage(new JsonObject().put("type", "connection_init")
                .put("payload", new JsonObject().put("Authorization", "Bearer not-a-token")).encode());

        assertThat(closed.get(10, TimeUnit.SECONDS)).as("close code").isEqualTo((short) 4403);
        assertThat(messages).noneMatch(m -> "connection_ack".equals(m.getString("type")));
    }
}
