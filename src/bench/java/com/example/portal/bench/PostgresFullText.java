package com.example.portal.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.example.portal.bench.QueryMix.BenchQuery;

/**
 * The alternative a team would pick instead (issue 8, side (c)): PostgreSQL full-text search with a stored,
 * weighted tsvector per published document (same weights as search/PostgresFullTextBaseline), a GIN index on it,
 * the {@code russian} configuration and {@code ts_rank_cd}, with the benchmark's filters as plain columns. The
 * table {@code bench_fts} is the benchmark's own and lives only in the test database.
 */
final class PostgresFullText implements AutoCloseable {

    private static final String BUILD = """
            drop table if exists bench_fts;
            create table bench_fts as
            select 'card:' || c.slug as id, 'CARD' as type, p.slug as product, c.funnel_stages::text[] as stages,
                   c.tags::text[] as tags,
                   array(select s.slug from card_segment cs join segment s on s.id = cs.segment_id
                         where cs.card_id = c.id and cs.role = 'TARGET')::text[] as segments,
                   setweight(to_tsvector('russian', c.title), 'A')
                   || setweight(to_tsvector('russian', c.summary || ' ' || coalesce(jobs.text, '')), 'B')
                   || setweight(to_tsvector('russian', coalesce(objections.text, '') || ' '
                          || array_to_string(c.talking_points, ' ') || ' ' || array_to_string(c.tags, ' ')), 'C')
                   || setweight(to_tsvector('russian', c.body), 'D') as document
            from feature_card c
            join product p on p.id = c.product_id
            left join lateral (select string_agg(j.situation || ' ' || j.motivation || ' ' || j.outcome, ' ') as text
                               from card_job_story j where j.card_id = c.id) jobs on true
            left join lateral (select string_agg(o.objection || ' ' || o.answer, ' ') as text
                               from card_objection o where o.card_id = c.id) objections on true
            where c.status = 'PUBLISHED'
            union all
            select 'segment:' || s.slug, 'SEGMENT', null, '{}', '{}', '{}',
                   setweight(to_tsvector('russian', s.name), 'A') || setweight(to_tsvector('russian', s.description), 'B')
            from segment s
            union all
            select 'glossary:' || g.slug, 'GLOSSARY', null, '{}', '{}', '{}',
                   setweight(to_tsvector('russian', g.term), 'A')
                   || setweight(to_tsvector('russian', array_to_string(g.aliases, ' ')), 'B')
                   || setweight(to_tsvector('russian', g.definition || ' ' || coalesce(g.formula, '')), 'C')
            from glossary_term g
            union all
            select 'release:' || r.slug, 'RELEASE', null, '{}', '{}', '{}',
                   setweight(to_tsvector('russian', r.title), 'A') || setweight(to_tsvector('russian', r.text), 'B')
            from release_note r;
            create index bench_fts_document on bench_fts using gin (document);
            analyze bench_fts;
            """;

    // The query's lexemes joined with the operator (& for AND, | for OR), each quoted as in the relevance baseline.
    private static final String SEARCH = """
            with query as (
                select (select string_agg('''' || replace(lexeme, '''', '''''') || '''', ' %s ')
                        from unnest(tsvector_to_array(to_tsvector('russian', ?))) as lexeme
                        where position('\\' in lexeme) = 0)::tsquery as q
            )
            select d.id, ts_rank_cd(d.document, query.q) as rank, count(*) over () as total
            from bench_fts d, query
            where d.document @@ query.q
              and (?::text is null or d.type = ?) and (?::text is null or d.product = ?)
              and (?::text is null or ? = any (d.segments)) and (?::text is null or ? = any (d.stages))
              and (?::text is null or ? = any (d.tags))
            order by rank desc, d.id
            limit 20
            """;

    private final DataSource dataSource;
    /**
     * One connection per client thread, kept for the run, with its two prepared statements: what a connection pool
     * gives an application, so PostgreSQL is not charged for connecting on every query.
     */
    private final ThreadLocal<Statements> statements = new ThreadLocal<>();
    private final java.util.List<Connection> opened = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    private record Statements(PreparedStatement and, PreparedStatement or) {
    }

    PostgresFullText(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private PreparedStatement statement(boolean and) throws SQLException {
        Statements s = statements.get();
        if (s == null) {
            Connection c = dataSource.getConnection();
            opened.add(c);
            s = new Statements(c.prepareStatement(SEARCH.formatted("&")), c.prepareStatement(SEARCH.formatted("|")));
            statements.set(s);
        }
        return and ? s.and() : s.or();
    }

    @Override
    public void close() throws SQLException {
        for (Connection c : opened) {
            c.close();
        }
    }

    /** Builds the table and its GIN index from the current data; returns the milliseconds it took. */
    long build() throws SQLException {
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(BUILD);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Runs one query, reading the first page of ids and the total; returns the number of hits. */
    long search(BenchQuery q, boolean and) throws SQLException {
        PreparedStatement st = statement(and);
        {
            var f = q.filter();
            st.setString(1, q.text());
            String type = f == null || f.type == null ? null : f.type.name();
            String product = f == null ? null : f.productSlug;
            String segment = f == null ? null : f.segmentSlug;
            String stage = f == null || f.funnelStage == null ? null : f.funnelStage.name();
            String tag = f == null ? null : f.tag;
            int i = 2;
            for (String v : new String[] {type, product, segment, stage, tag}) {
                st.setString(i++, v);
                st.setString(i++, v);
            }
            long total = 0;
            try (ResultSet rows = st.executeQuery()) {
                while (rows.next()) {
                    total = rows.getLong("total");
                }
            }
            return total;
        }
    }
}
