package com.example.portal.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.microprofile.config.ConfigProvider;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A stand-in for an OpenTelemetry collector: an HTTP server that accepts OTLP/HTTP exports and remembers the path of
 * each, and configures the portal's exporter to send there (docs/operations.md "Traces"). A test asks it over HTTP
 * what it received ({@link #exports()}): the test and this resource may live in different class loaders.
 */
public class OtlpReceiver implements QuarkusTestResourceLifecycleManager {

    private static final String RECEIVED = "/received";

    /** The paths exports were posted to, e.g. /v1/traces. */
    private final List<String> exports = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(RECEIVED, exchange -> {
            byte[] list = String.join("\n", exports).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, list.length == 0 ? -1 : list.length);
            exchange.getResponseBody().write(list);
            exchange.close();
        });
        server.createContext("/", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                body.readAllBytes();
            }
            exports.add(exchange.getRequestURI().getPath());
            // An empty ExportTraceServiceResponse: everything accepted.
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        return Map.of("quarkus.otel.exporter.otlp.endpoint", "http://127.0.0.1:" + server.getAddress().getPort(),
                "quarkus.otel.exporter.otlp.protocol", "http/protobuf");
    }

    /** The paths this receiver has received exports at, when it runs in the test's own JVM (a packaged portal's). */
    public List<String> received() {
        return List.copyOf(exports);
    }

    /** What the receiver configured for the running application has received. */
    static List<String> exports() {
        String endpoint = ConfigProvider.getConfig().getValue("quarkus.otel.exporter.otlp.endpoint", String.class);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(endpoint + RECEIVED)).build(), HttpResponse.BodyHandlers.ofString());
            return response.body().lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
