package com.example.portal.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;

/**
 * What a load balancer does: probes each replica's /q/health/ready every 100 ms and sends each request to a random
 * replica in rotation. Like a Kubernetes readiness probe (failureThreshold 3, only slower), a replica leaves the rotation
 * after three failed probes in a row and comes back with one success: on a loaded machine one probe can time out.
 */
final class ReadyReplicas implements AutoCloseable {

    private final Replicas replicas;
    private final int count;
    private static final int FAILURE_THRESHOLD = 3;

    private final AtomicIntegerArray ready;
    private final int[] failuresInARow;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread prober;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    ReadyReplicas(Replicas replicas, int count) {
        this.replicas = replicas;
        this.count = count;
        this.ready = new AtomicIntegerArray(count);
        this.failuresInARow = new int[count];
        this.prober = new Thread(this::probe, "readiness-prober");
        prober.setDaemon(true);
        probeOnce();
        prober.start();
    }

    /** A replica that was ready at the last probe, at random; -1 when none is. */
    int pick() {
        List<Integer> up = IntStream.range(0, count).filter(i -> ready.get(i) == 1).boxed().toList();
        return up.isEmpty() ? -1 : up.get(ThreadLocalRandom.current().nextInt(up.size()));
    }

    boolean isReady(int i) {
        return ready.get(i) == 1;
    }

    private void probe() {
        while (running.get()) {
            probeOnce();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void probeOnce() {
        for (int i = 0; i < count; i++) {
            failuresInARow[i] = up(i) ? 0 : failuresInARow[i] + 1;
            ready.set(i, failuresInARow[i] == 0 || (ready.get(i) == 1 && failuresInARow[i] < FAILURE_THRESHOLD) ? 1 : 0);
        }
    }

    private boolean up(int i) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(replicas.portal(i).uri("/q/health/ready"))
                    .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        running.set(false);
        prober.interrupt();
    }
}
