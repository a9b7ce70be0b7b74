package com.example.portal.releases;

import static com.example.portal.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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

import com.example.portal.SampleContent;
import com.example.portal.TestCards;
import com.example.portal.TestTokens;
import com.example.portal.content.ContentImporter;
import com.example.portal.search.IndexRebuilder;

import io.agroal.api.AgroalDataSource;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;

/**
 * releaseNotePublished over a real WebSocket (graphql-transport-ws), the way the web frontend subscribes: the token in
 * the connection_init payload, notes arriving after the mutation commits, and the same visibility as the feed. Notes
 * written by another replica (here: rows inserted by SQL, which reach this replica only through the outbox) and
 * notes an import brings are announced too, each once. ReplicasIT checks the same across two processes.
 */
@QuarkusTest
class ReleaseNoteSubscriptionQuarkusTest {

    static final String SUBSCRIPTION = "subscription { releaseNotePublished { id slug title publishedOn audiences cardSlug } }";

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Inject
    Vertx vertx;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ContentImporter importer;

    @Inject
    IndexRebuilder rebuilder;

    private WebSocketClient client;

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
    }

    /** One open connection, its messages as they arrive. */
    record Subscriber(WebSocket socket, BlockingQueue<JsonObject> messages) {

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

    private Subscriber connect(String token) throws Exception {
        client = vertx.createWebSocketClient();
        BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(endpoint.getHost()).setPort(endpoint.getPort())
                .setURI(endpoint.getPath()).addSubProtocol("graphql-transport-ws");
        CompletableFuture<WebSocket> opened = new CompletableFuture<>();
        client.connect(options).onSuccess(socket -> {
            socket.textMessageHandler(text -> messages.add(new JsonObject(text)));
            opened.complete(socket);
        }).onFailure(opened::completeExceptionally);
        Subscriber connection = new Subscriber(opened.get(10, TimeUnit.SECONDS), messages);
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
        Subscriber sales = connect(TestTokens.token("sales.sub", "sales"));
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
        Subscriber pm = connect(TestTokens.token("pm.sub", "pm"));
        pm.awaitLive((String) published.get("slug"));

        createNote("sub-pm-draft-card", "sub-pm-note-about-draft");

        JsonObject message = pm.nextOfInterest();
        assertThat(message.getString("type")).isEqualTo("next");
        assertThat(message.getJsonObject("payload").getJsonObject("data").getJsonObject("releaseNotePublished")
                .getString("slug")).isEqualTo("sub-pm-note-about-draft");
    }

    @Test
    void aNoteWrittenElsewhereIsAnnouncedWhenThisReplicaLearnsOfItFromTheOutbox() throws Exception {
        Map<String, Object> published = TestCards.publish(TestCards.ensureCard("sub-product", "sub-sql-published-card"));
        TestCards.ensureCard("sub-product", "sub-sql-draft-card");
        Subscriber sales = connect(TestTokens.token("sales.sub", "sales"));
        sales.awaitLive((String) published.get("slug"));

        insertNoteAsAnotherReplicaWould("sub-sql-draft-card", "sub-sql-note-about-draft");
        insertNoteAsAnotherReplicaWould("sub-sql-published-card", "sub-sql-note-about-published");

        JsonObject note = announced(sales.nextOfInterest());
        assertThat(note.getString("slug")).isEqualTo("sub-sql-note-about-published");
        assertThat(note.getString("cardSlug")).isEqualTo("sub-sql-published-card");
        assertThat(note.getString("title")).isEqualTo("Заметка sub-sql-note-about-published");
    }

    @Test
    void aNoteAnImportBringsIsAnnounced() throws Exception {
        Map<String, Object> published = TestCards.publish(TestCards.ensureCard("sub-product", "sub-import-card"));
        Subscriber pm = connect(TestTokens.token("pm.sub", "pm"));
        pm.awaitLive((String) published.get("slug"));
        Path content = SampleContent.copy("announced-content-");
        Path releases = content.resolve("releases.yaml");
        // Dated before the sample feed, so the feed tests of other classes are unaffected.
        Files.writeString(releases, Files.readString(releases, StandardCharsets.UTF_8) + """

                - slug: sub-imported-note
                  card: call-tracking-employers
                  date: 2020-01-15
                  title: Заметка из файлов
                  text: Пришла импортом.
                  audiences: [SALES]
                """, StandardCharsets.UTF_8);

        assertThat(importer.importFrom(content).applied).isTrue();

        JsonObject note = announced(pm.nextOfInterest());
        assertThat(note.getString("slug")).isEqualTo("sub-imported-note");
        assertThat(note.getString("cardSlug")).isEqualTo("call-tracking-employers");
    }

    @Test
    void aNoteIsAnnouncedOnceEvenWhenARebuildAppliesItAgain() throws Exception {
        Map<String, Object> published = TestCards.publish(TestCards.ensureCard("sub-product", "sub-once-card"));
        Subscriber pm = connect(TestTokens.token("pm.sub", "pm"));
        pm.awaitLive((String) published.get("slug"));
        createNote("sub-once-card", "sub-once-note");
        assertThat(announced(pm.nextOfInterest()).getString("slug")).isEqualTo("sub-once-note");

        rebuilder.rebuild(); // its catch-up must not announce the note again
        createNote("sub-once-card", "sub-once-after-rebuild");

        assertThat(announced(pm.nextOfInterest()).getString("slug")).isEqualTo("sub-once-after-rebuild");
    }

    private static JsonObject announced(JsonObject message) {
        assertThat(message.getString("type")).isEqualTo("next");
        return message.getJsonObject("payload").getJsonObject("data").getJsonObject("releaseNotePublished");
    }

    /** A row committed without this replica's service: only the outbox tells this replica about it. */
    private void insertNoteAsAnotherReplicaWould(String cardSlug, String noteSlug) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                insert into release_note (slug, card_id, published_on, title, text, audiences)
                select ?, id, date '2020-01-10', ?, 'Что изменилось.', array['SALES'] from feature_card where slug = ?""")) {
            s.setString(1, noteSlug);
            s.setString(2, "Заметка " + noteSlug);
            s.setString(3, cardSlug);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void aSubscriptionWithoutATokenIsRefused() throws Exception {
        Subscriber anonymous = connect(null);

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
