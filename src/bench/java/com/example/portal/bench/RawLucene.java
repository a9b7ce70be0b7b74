package com.example.portal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

import com.example.portal.bench.QueryMix.BenchQuery;
import com.example.portal.search.SearchQueries;
import com.example.portal.search.analysis.PortalAnalyzers;

/**
 * Side (a) of issue 8: raw Lucene in the harness's JVM on the portal's own index directory, opened read-only with a
 * DirectoryReader. The query is the one our search builds ({@link SearchQueries#build}, public), with the same query
 * analyzers: glossary synonyms from the database's glossary terms (as GlossarySearchDocuments gives them) and the plain
 * chain for typo detection. Top 20 and the hits' stored slugs; no highlights, no facets, no database.
 */
final class RawLucene implements AutoCloseable {

    private static final Analyzer PLAIN = PortalAnalyzers.query(List.of());

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;

    RawLucene(Path searchDir, DataSource database) throws IOException, SQLException {
        Path index = searchDir.resolve(Files.readString(searchDir.resolve("current"), StandardCharsets.UTF_8).strip());
        this.reader = DirectoryReader.open(FSDirectory.open(index));
        this.searcher = new IndexSearcher(reader);
        this.analyzer = PortalAnalyzers.query(synonymGroups(database));
    }

    int documents() {
        return reader.numDocs();
    }

    /** Term and aliases of every glossary term: the groups GlossarySearchDocuments.synonymGroups returns. */
    private static List<List<String>> synonymGroups(DataSource database) throws SQLException {
        List<List<String>> groups = new ArrayList<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select term, aliases from glossary_term order by id")) {
            while (rows.next()) {
                List<String> group = new ArrayList<>();
                group.add(rows.getString(1));
                Array aliases = rows.getArray(2);
                if (aliases != null) {
                    group.addAll(Arrays.asList((String[]) aliases.getArray()));
                }
                groups.add(group);
            }
        }
        return groups;
    }

    /** Runs one query as a sales rep would (published only); returns the total hits. */
    long search(BenchQuery q) throws IOException {
        Query query = SearchQueries.build(q.text(), analyzer, PLAIN, reader, q.filter(), false);
        TopDocs top = searcher.search(query, 20);
        var stored = searcher.storedFields();
        for (ScoreDoc hit : top.scoreDocs) {
            stored.document(hit.doc).get("slug"); // IndexMapping.SLUG (package-private)
        }
        return top.totalHits.value;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
