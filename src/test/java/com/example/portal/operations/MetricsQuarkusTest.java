package com.example.portal.operations;

import static com.example.portal.GraphQLClient.ADMIN;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalDouble;
import java.util.function.DoublePredicate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.example.portal.GraphQLClient;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * /q/metrics as Prometheus scrapes it (docs/operations.md "Metrics"): only operators may read it, and each feature's
 * meters move when the feature is used. Values are compared before and after, as other tests share the application.
 */
@QuarkusTest
class MetricsQuarkusTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void onlyOperatorsMayReadTheMetrics() {
        given().get("/q/metrics").then().statusCode(401);
        GraphQLClient.as("sales.test", "sales").request().get("/q/metrics").then().statusCode(403);
        GraphQLClient.as("pm.test", "pm").request().get("/q/metrics").then().statusCode(403);
        ADMIN.request().get("/q/metrics").then().statusCode(200);
        Metrics.SCRAPER.request().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void aScraperTokenOpensNothingElse() {
        assertThat(Metrics.SCRAPER.run("query { products(first: 1) { totalCount } }").getString("errors[0].extensions.code"))
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void searchesAndSuggestionsLandInTheLatencyHistogramByKind() {
        Metrics before = Metrics.scrape();
        ADMIN.run("query { search(query: \"колл-трекинг\") { totalCount } }");
        ADMIN.run("query { suggest(prefix: \"колл\") { text } }");
        Metrics after = Metrics.scrape();
        for (String kind : new String[] { "search", "suggest" }) {
            String[] labels = { "kind", kind, "outcome", "ok" };
            assertThat(after.valueOrZero("portal_search_duration_seconds_count", labels)).as(kind)
                    .isEqualTo(before.valueOrZero("portal_search_duration_seconds_count", labels) + 1);
            // a histogram: cumulative buckets up to +Inf, which holds every search
            assertThat(after.value("portal_search_duration_seconds_bucket", "kind", kind, "outcome", "ok", "le", "+Inf"))
                    .as(after.toString()).hasValue(after.valueOrZero("portal_search_duration_seconds_count", labels));
            assertThat(after.value("portal_search_duration_seconds_bucket", "kind", kind, "outcome", "ok", "le", "0.1"))
                    .as(after.toString()).isPresent();
        }
    }

    @Test
    void aBadRequestCountsAsAnErrorByItsCode() {
        Metrics before = Metrics.scrape();
        ADMIN.run("query { products(first: 1000) { totalCount } }");
        Metrics after = Metrics.scrape();
        assertThat(after.valueOrZero("portal_graphql_errors_total", "code", "BAD_REQUEST")).as(after.toString())
                .isEqualTo(before.valueOrZero("portal_graphql_errors_total", "code", "BAD_REQUEST") + 1);
        assertThat(after.text()).doesNotContain("Argument 'first'");
    }

    @Test
    void aPitchIsTimed() {
        Metrics before = Metrics.scrape();
        ADMIN.run("query { pitch(client: {employees: 800, industry: \"retail\"}) { ranking } }");
        Metrics after = Metrics.scrape();
        String[] labels = { "kind", "pitch", "outcome", "ok" };
        assertThat(after.valueOrZero("portal_pitch_duration_seconds_count", labels)).as(after.toString())
                .isEqualTo(before.valueOrZero("portal_pitch_duration_seconds_count", labels) + 1);
    }

    /** The test profile imports the content files at start (an import by mutation takes too long to add here). */
    @Test
    void theStartUpImportIsTimedAndCounted() {
        Metrics metrics = Metrics.scrape();
        assertThat(metrics.valueOrZero("portal_content_import_duration_seconds_count", "outcome", "applied"))
                .as(metrics.toString()).isGreaterThanOrEqualTo(1);
        assertThat(metrics.valueOrZero("portal_content_import_duration_seconds_sum", "outcome", "applied")).isPositive();
        assertThat(metrics.valueOrZero("portal_content_import_objects_total", "kind", "cards")).isPositive();
    }

    @Test
    void aRebuildIsTimedAndCounted() throws InterruptedException {
        Metrics before = Metrics.scrape();
        ADMIN.run("mutation { rebuildSearchIndex { rebuilding } }");
        Metrics after = awaitMetric("portal_search_rebuild_duration_seconds_count",
                count -> count == before.valueOrZero("portal_search_rebuild_duration_seconds_count", "outcome", "ok") + 1,
                "outcome", "ok");
        assertThat(after.valueOrZero("portal_search_rebuild_documents_total"))
                .isGreaterThan(before.valueOrZero("portal_search_rebuild_documents_total"));
    }

    /**
     * The lag gauge counts the outbox events this replica has not applied: an event whose row the indexer cannot read
     * (its table locked by this test) shows as lag, and the lag goes back to 0 once the indexer has applied it.
     */
    @Test
    void theIndexLagGaugeShowsEventsNotYetApplied() throws Exception {
        awaitMetric("portal_search_index_lag_events", lag -> lag == 0);
        long termId = queryLong("select min(id) from glossary_term");
        try (Connection locker = dataSource.getConnection()) {
            locker.setAutoCommit(false);
            try (Statement s = locker.createStatement()) {
                s.execute("lock table glossary_term in access exclusive mode");
            }
            execute("insert into index_event (doc_type, entity_id) values ('GLOSSARY', " + termId + ")");
            awaitMetric("portal_search_index_lag_events", lag -> lag >= 1);
            locker.rollback();
        }
        awaitMetric("portal_search_index_lag_events", lag -> lag == 0);
    }

    /** Scrapes until the sample satisfies the condition, for up to 30 s; returns that scrape. */
    private static Metrics awaitMetric(String name, DoublePredicate condition, String... labels) throws InterruptedException {
        Metrics metrics = Metrics.scrape();
        for (int i = 0; i < 300; i++) {
            OptionalDouble value = metrics.value(name, labels);
            if (value.isPresent() && condition.test(value.getAsDouble())) {
                return metrics;
            }
            Thread.sleep(100);
            metrics = Metrics.scrape();
        }
        throw new AssertionError(name + " never met the condition; last scrape:\n" + metrics);
    }

    private long queryLong(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
