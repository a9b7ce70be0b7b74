package com.example.portal.graphql.fuzz;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * What the database holds, as one string: each table's row count and an MD5 over its rows' text. Small enough to
 * take before and after every refused mutation of the fuzz (the sample content is a few hundred rows). Tables that
 * change without a client's write (the replicas' index positions, pruning marks) are left out.
 */
final class DatabaseFingerprint {

    private static final Set<String> BACKGROUND = Set.of("flyway_schema_history", "index_replica", "index_event_pruned");

    private final DataSource dataSource;
    private final String query;

    DatabaseFingerprint(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select table_name from information_schema.tables where table_schema = 'public' "
                                + "and table_type = 'BASE TABLE' order by table_name")) {
            while (rows.next()) {
                if (!BACKGROUND.contains(rows.getString(1))) {
                    tables.add(rows.getString(1));
                }
            }
        }
        query = tables.stream()
                .map(table -> "select '" + table + "' || ':' || count(*) || ':' "
                        + "|| coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from \"" + table + "\" t")
                .collect(Collectors.joining(" union all ", "select string_agg(line, ' ' order by line) from (", ") lines(line)"));
    }

    String take() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
