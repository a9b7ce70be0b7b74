package com.example.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kubernetes manifests quarkus-kubernetes writes at package time (target/kubernetes/kubernetes.yml), as an
 * operator applies them: readiness is the health endpoint that includes the search index, each replica keeps its index
 * in a volume at the directory the portal is told to use, the configuration comes from one Secret, and a rolling
 * update never takes a serving replica away before its successor is ready.
 */
class KubernetesManifestIT {

    private static final Path MANIFEST = Path.of("target/kubernetes/kubernetes.yml");
    private static Map<String, Object> deployment;
    private static Map<String, Object> service;
    private static final List<String> kinds = new ArrayList<>();

    @BeforeAll
    static void readManifests() throws IOException {
        assertThat(MANIFEST).as("written by ./mvnw package").exists();
        try (Reader reader = Files.newBufferedReader(MANIFEST)) {
            for (Object document : new Yaml().loadAll(reader)) {
                Map<String, Object> resource = map(document);
                kinds.add((String) resource.get("kind"));
                switch ((String) resource.get("kind")) {
                    case "Deployment" -> deployment = resource;
                    case "Service" -> service = resource;
                    default -> { }
                }
            }
        }
        assertThat(deployment).as("a Deployment").isNotNull();
        assertThat(service).as("a Service").isNotNull();
    }

    @Test
    void readinessIsTheHealthCheckThatWaitsForTheSearchIndex() {
        Map<String, Object> probe = map(container().get("readinessProbe"));
        assertThat(map(probe.get("httpGet")).get("path")).isEqualTo("/q/health/ready");
        assertThat(map(map(container().get("livenessProbe")).get("httpGet")).get("path")).isEqualTo("/q/health/live");
        assertThat((Integer) map(container().get("livenessProbe")).get("initialDelaySeconds"))
                .as("a rebuild at start is not a hung process").isGreaterThanOrEqualTo(60);
    }

    @Test
    void eachReplicaKeepsItsIndexInAVolumeWhereThePortalLooksForIt() {
        String indexDir = env().stream().filter(e -> "PORTAL_SEARCH_DIR".equals(e.get("name")))
                .map(e -> (String) e.get("value")).findFirst().orElseThrow();
        Map<String, Object> mount = list(container().get("volumeMounts")).stream().map(KubernetesManifestIT::map)
                .filter(m -> indexDir.equals(m.get("mountPath"))).findFirst().orElseThrow();
        Map<String, Object> volume = list(podSpec().get("volumes")).stream().map(KubernetesManifestIT::map)
                .filter(v -> mount.get("name").equals(v.get("name"))).findFirst().orElseThrow();
        assertThat(volume).containsKey("emptyDir");
    }

    @Test
    void eachReplicaMigratesAtStartWithoutAJobOrAThirdPartyImage() {
        assertThat(kinds).doesNotContain("Job");
        assertThat(podSpec()).doesNotContainKey("initContainers");
        assertThat(env()).noneMatch(e -> "QUARKUS_FLYWAY_ACTIVE".equals(e.get("name")));
    }

    @Test
    void configurationComesFromOneSecret() {
        List<Object> sources = list(container().get("envFrom"));
        assertThat(sources).extracting(s -> map(map(s).get("secretRef")).get("name")).containsExactly("portal");
    }

    @Test
    void twoReplicasAndARollingUpdateThatKeepsServing() {
        Map<String, Object> spec = map(deployment.get("spec"));
        assertThat(spec.get("replicas")).isEqualTo(2);
        Map<String, Object> rolling = map(map(spec.get("strategy")).get("rollingUpdate"));
        assertThat(String.valueOf(rolling.get("maxUnavailable"))).isEqualTo("0");
        assertThat(list(map(service.get("spec")).get("ports"))).isNotEmpty();
    }

    private static Map<String, Object> container() {
        return map(list(podSpec().get("containers")).get(0));
    }

    private static Map<String, Object> podSpec() {
        return map(map(map(deployment.get("spec")).get("template")).get("spec"));
    }

    private static List<Map<String, Object>> env() {
        List<Map<String, Object>> env = new ArrayList<>();
        list(container().get("env")).forEach(e -> env.add(map(e)));
        return env;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object node) {
        assertThat(node).isInstanceOf(List.class);
        return (List<Object>) node;
    }
}
