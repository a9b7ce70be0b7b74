package com.example.portal.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.example.portal.search.eval.SearchEngineUnderTest;

/**
 * The yardstick of issue 4: PostgreSQL full-text search as a team would set it up in an afternoon. The
 * {@code russian} configuration (Snowball stemming, Russian stop words), an OR of the query's lexemes, and
 * {@code ts_rank_cd} over one weighted tsvector per document. Our engine must beat it by a clear margin to be worth
 * its complexity; nothing here is tuned to the judged queries.
 *
 * <p>Weights follow the ranking the issue asks of our engine: titles (and glossary terms) A; glossary aliases, card
 * summaries and JTBD statements, segment descriptions and release-note texts B; objections, talking points, tags and
 * glossary definitions C; card bodies D. Only published cards are searched. The tsvectors are built per query in a
 * CTE rather than stored, so the baseline needs no migration; at this content size that costs a few milliseconds.
 */
public final class PostgresFullTextBaseline implements SearchEngineUnderTest {

    // The query's own lexemes (stemmed, stop words gone) joined with |, each quoted so punctuation cannot turn into
    // tsquery operators; the text-to-tsquery cast keeps them as they are instead of stemming them again. A query of
    // stop words only yields null, which matches nothing.
    private static final String SQL = """
            with query as (
                select (select string_agg('''' || replace(lexeme, '''', '''''') || '''', ' | ')
                        from unnest(tsvector_to_array(to_tsvector('russian', ?))) as lexeme
                        where position('\\' in lexeme) = 0)::tsquery as q
            ),
            documents as (
                select 'card:' || c.slug as id,
                       setweight(to_tsvector('russian', c.title), 'A')
                       || setweight(to_tsvector('russian', c.summary || ' ' || coalesce(jobs.text, '')), 'B')
                       || setweight(to_tsvector('russian', coalesce(objections.text, '') || ' '
                              || array_to_string(c.talking_points, ' ') || ' ' || array_to_string(c.tags, ' ')), 'C')
                       || setweight(to_tsvector('russian', c.body), 'D') as document
                from feature_card c
                left join lateral (
                    select string_agg(j.situation || ' ' || j.motivation || ' ' || j.outcome, ' ') as text
                    from card_job_story j where j.card_id = c.id) jobs on true
                left join lateral (
                    select string_agg(o.objection || ' ' || o.answer, ' ') as text
                    from card_objection o where o.card_id = c.id) objections on true
                where c.status = 'PUBLISHED'
                union all
                select 'segment:' || s.slug,
                       setweight(to_tsvector('russian', s.name), 'A')
                       || setweight(to_tsvector('russian', s.description), 'B')
                from segment s
                union all
                select 'glossary:' || g.slug,
                       setweight(to_tsvector('russian', g.term), 'A')
                       || setweight(to_tsvector('russian', array_to_string(g.aliases, ' ')), 'B')
                       || setweight(to_tsvector('russian', g.definition || ' ' || coalesce(g.formula, '')), 'C')
                from glossary_term g
                union all
                select 'release:' || r.slug,
                       setweight(to_tsvector('russian', r.title), 'A')
                       || setweight(to_tsvector('russian', r.text), 'B')
                from release_note r
            )
            select d.id, ts_rank_cd(d.document, query.q) as rank
            from documents d, query
            where d.document @@ query.q
            order by rank desc, d.id
            limit ?
            """;

    private final DataSource dataSource;

    public PostgresFullTextBaseline(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<String> search(String query, int k) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setString(1, query);
            statement.setInt(2, k);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString("id"));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL full-text search failed for «" + query + "»", e);
        }
    }
}
