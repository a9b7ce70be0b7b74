package com.example.portal.search;

import static com.example.portal.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** The index follows PostgreSQL however a row changes, and a rebuild never takes search away. */
@QuarkusTest
class SearchIndexLifecycleTest {

    private static final String SEARCH = """
            query($q: String!) { search(query: $q, first: 10) { edges { node { slug } } } }""";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SearchIndex index;

    @BeforeEach
    void indexReady() throws InterruptedException {
        for (int i = 0; i < 600 && !index.ready(); i++) {
            Thread.sleep(100);
        }
    }

    @Test
    void aChangeMadeOutsideTheApiIsPickedUpFromTheOutboxWithinASecond() throws Exception {
        // Plain SQL: no mutation tells the indexer, only the outbox row the trigger writes in the same transaction.
        execute("update glossary_term set definition = definition || ' Сверхновый термин-маркер.' where slug = 'cjm'");
        long deadline = System.currentTimeMillis() + 1_000;
        List<String> slugs = List.of();
        while (System.currentTimeMillis() < deadline && !slugs.contains("cjm")) {
            slugs = graphql(SEARCH, "q", "сверхновый").getList("data.search.edges.node.slug");
            Thread.sleep(50);
        }
        assertThat(slugs).contains("cjm");
        execute("update glossary_term set definition = replace(definition, ' Сверхновый термин-маркер.', '') where slug = 'cjm'");
    }

    @Test
    void aRebuildKeepsServingAndEndsWithTheSameDocuments() throws Exception {
        Path pointer = Path.of("target/search-index/test/current");
        String before = Files.readString(pointer);
        assertThat(graphql(SEARCH, "q", "колл-трекинг").getList("data.search.edges.node.slug")).contains("call-tracking-employers");
        graphql("mutation { rebuildSearchIndex { rebuilding } }");
        // Searches answer throughout: the live index is only swapped out once the new one is complete.
        for (int i = 0; i < 600; i++) {
            assertThat(graphql(SEARCH, "q", "колл-трекинг").getList("data.search.edges.node.slug")).contains("call-tracking-employers");
            if (!index.rebuilding() && i > 0) {
                break;
            }
            Thread.sleep(20);
        }
        assertThat(index.rebuilding()).isFalse();
        assertThat(Files.readString(pointer)).as("the directory in use after the rebuild").isNotEqualTo(before);
        assertThat(index.rebuildProgress()).isGreaterThanOrEqualTo(80);
        assertThat(graphql(SEARCH, "q", "рефералка").getList("data.search.edges.node.slug")).contains("referral-program");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
