package com.example.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.portal.security.KeycloakJavaHome;
import com.example.portal.security.KeycloakServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The packaged portal (target/quarkus-app/quarkus-run.jar) in production mode, configured by exactly the environment
 * variables docs/operations.md "Production walkthrough" lists, against a real Keycloak (the e2e realm) and a PostgreSQL
 * of its own (zonky, reached over JDBC like an external one): it gets ready, serves the web UI with Keycloak as its
 * sign-in, runs a query with a token from Keycloak, refuses an anonymous one, imports and exports content as an
 * operator would, and logs JSON lines.
 */
class ProductionJarIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();
    private static final Path WORK = Path.of("target/production-jar-it").toAbsolutePath();
    private static final Path STDOUT = WORK.resolve("portal-stdout.log");
    private static final Path STDERR = WORK.resolve("portal-stderr.log");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static KeycloakServer keycloak;
    private static EmbeddedPostgres postgres;
    private static Process portal;
    private static int port;
    private static Map<String, String> environment;

    @BeforeAll
    static void startKeycloakPostgresAndTheJar() throws Exception {
        assertThat(JAR).as("written by ./mvnw package").exists();
        deleteRecursively(WORK);
        Files.createDirectories(WORK);
        long started = System.nanoTime();
        keycloak = KeycloakServer.start(KeycloakServer.home(), KeycloakJavaHome.find(), Duration.ofMinutes(5));
        long keycloakReady = System.nanoTime();
        postgres = EmbeddedPostgres.builder().setOverrideWorkingDirectory(WORK.resolveSibling("production-jar-it-pg").toFile())
                .setDataDirectory(WORK.resolve("pg")).setCleanDataDirectory(true).start();
        port = freePort();
        environment = new LinkedHashMap<>();
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres");
        environment.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        environment.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.realmUrl());
        environment.put("PORTAL_UI_OIDC_AUTHORITY", keycloak.realmUrl());
        environment.put("PORTAL_UI_OIDC_CLIENT_ID", "portal-web");
        environment.put("PORTAL_SEARCH_DIR", WORK.resolve("search-index").toString());
        environment.put("PORTAL_CONTENT_DIR", Path.of("content").toAbsolutePath().toString());
        environment.put("PORTAL_CONTENT_EXPORT_ROOT", WORK.resolve("content-export").toString());
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));

        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()).directory(WORK.toFile()).redirectOutput(STDOUT.toFile()).redirectError(STDERR.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        // Only the documented variables: none of the build machine's QUARKUS_*, PORTAL_* or JAVA_* settings.
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("PORTAL_")
                || name.startsWith("JAVA_"));
        builder.environment().putAll(environment);
        long launched = System.nanoTime();
        portal = builder.start();
        awaitReady(Duration.ofMinutes(3));
        System.out.printf("[ProductionJarIT] Keycloak ready in %d ms, the jar ready %d ms after launch, %d ms in all%n",
                (keycloakReady - started) / 1_000_000, (System.nanoTime() - launched) / 1_000_000,
                (System.nanoTime() - started) / 1_000_000);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (portal != null) {
            portal.destroy();
            if (!portal.waitFor(30, TimeUnit.SECONDS)) {
                portal.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        if (postgres != null) {
            postgres.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void everyVariableTheTestSetsIsInTheProductionWalkthrough() throws IOException {
        String operations = Files.readString(Path.of("docs/operations.md"));
        String walkthrough = operations.substring(operations.indexOf("## Production walkthrough"));
        assertThat(environment.keySet()).allSatisfy(name -> assertThat(walkthrough).as(name).contains(name));
    }

    @Test
    void readyWithTheDatabaseAndTheSearchIndex() throws Exception {
        HttpResponse<String> ready = get("/q/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        JsonNode health = JSON.readTree(ready.body());
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.get("checks").findValuesAsText("name")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theWebUiLoadsAndSignsInWithKeycloakByPkce() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("<title>Портал знаний о продукте</title>", "<script type=\"module\"");

        JsonNode config = JSON.readTree(get("/ui-config.json").body());
        assertThat(config.get("devTokens").isNull()).as("no dev tokens in production").isTrue();
        assertThat(config.at("/oidc/authority").asText()).isEqualTo(keycloak.realmUrl());
        assertThat(config.at("/oidc/clientId").asText()).isEqualTo("portal-web");

        // The sign-in the UI starts (src/main/webui/src/auth.ts): Keycloak shows its login page for this client, this
        // redirect URI and a PKCE challenge, and refuses the same request without one.
        String signIn = "http://127.0.0.1:" + port + "/signin";
        String authorize = keycloak.realmUrl() + "/protocol/openid-connect/auth?response_type=code&scope=openid&state=s"
                + "&client_id=portal-web&redirect_uri=" + URLEncoder.encode(signIn, StandardCharsets.UTF_8);
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(authorize
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        assertThat(login.body()).contains("kc-form-login");
        HttpResponse<String> withoutPkce = HTTP.send(HttpRequest.newBuilder(URI.create(authorize)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withoutPkce.body()).doesNotContain("kc-form-login");
    }

    @Test
    void aKeycloakTokenRunsAQueryAndNoTokenGets401() throws Exception {
        HttpResponse<String> viewer = graphql("{ viewer { name roles } }", token("pm.anna"));
        assertThat(viewer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(viewer.body()).at("/data/viewer/name").asText()).isEqualTo("pm.anna");

        HttpResponse<String> anonymous = graphql("{ viewer { name } }", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(anonymous.body()).at("/errors/0/extensions/code").asText()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void anOperatorImportsTheMountedContentAndExportsItBack() throws Exception {
        String admin = token("admin.alex");
        JsonNode imported = JSON.readTree(graphql("mutation { importContent { applied problems { file line message } } }",
                admin).body());
        assertThat(imported.at("/data/importContent/applied").asBoolean()).as(imported.toString()).isTrue();

        JsonNode card = JSON.readTree(graphql("{ featureCard(slug: \"call-tracking-employers\") { title status } }",
                token("sales.sofia")).body());
        assertThat(card.at("/data/featureCard/status").asText()).isEqualTo("PUBLISHED");

        JsonNode exported = JSON.readTree(graphql("mutation { exportContent(input: {directory: \"snapshot\"}) "
                + "{ directory userErrors { message } } }", admin).body());
        assertThat(exported.at("/data/exportContent/userErrors")).as(exported.toString()).isEmpty();
        Path snapshot = WORK.resolve("content-export/snapshot");
        assertThat(exported.at("/data/exportContent/directory").asText()).isEqualTo(snapshot.toString());
        assertThat(snapshot.resolve("cards/call-tracking-employers.md")).content().contains("title: Колл-трекинг для работодателей");
    }

    @Test
    void everyLineOnStdoutIsAJsonLogRecord() throws IOException {
        List<String> lines = Files.readAllLines(STDOUT).stream().filter(line -> !line.isBlank()).toList();
        assertThat(lines).as("the portal's stdout").isNotEmpty();
        List<String> notJson = new ArrayList<>();
        for (String line : lines) {
            try {
                JsonNode record = JSON.readTree(line);
                assertThat(record.has("level") && record.has("message") && record.has("timestamp")).as(line).isTrue();
            } catch (IOException e) {
                notJson.add(line);
            }
        }
        assertThat(notJson).as("lines on stdout that are not JSON").isEmpty();
        assertThat(lines).anyMatch(line -> line.contains("\"loggerName\":\"io.quarkus\"") && line.contains("started in"));
    }

    private static String token(String user) throws Exception {
        String form = "grant_type=password&client_id=portal-cli&username=" + user + "&password=" + user + "-password";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    private static HttpResponse<String> graphql(String query, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/graphql")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static void awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!portal.isAlive()) {
                throw new IllegalStateException("The jar exited with " + portal.exitValue() + " before it was ready:\n"
                        + tail(STDOUT) + "\n" + tail(STDERR));
            }
            try {
                HttpResponse<String> ready = get("/q/health/ready");
                if (ready.statusCode() == 200 && ready.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The jar was not ready within " + timeout + ":\n" + tail(STDOUT));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return lines.subList(Math.max(0, lines.size() - 40), lines.size()).stream().collect(Collectors.joining("\n"));
        } catch (IOException e) {
            return "(no " + log + ")";
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    static {
        // A failed start must not leave the jar running after the test JVM.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (portal != null && portal.isAlive()) {
                portal.destroyForcibly();
            }
        }, "production-jar-stop"));
    }
}
