package com.example.portal.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;

/**
 * The index_event outbox that database triggers fill in the writing transaction: reading events, the positions the
 * replicas have committed (index_replica), and pruning what they all have applied.
 */
@ApplicationScoped
public class Outbox {

    /** One change: which object, in what order, and whether its row was inserted (rather than updated or deleted). */
    public record Event(long seq, SearchType type, long entityId, boolean inserted) {
    }

    /**
     * The most events one read returns: a batch the applier reloads and writes at once. An import makes about four
     * events per card, so a batch is about 1,250 cards, loaded page by page while the pages before are written (with
     * 2,000 events a batch was about one page: nothing to overlap).
     */
    static final int BATCH = 5000;
    private static final String SINCE = "select seq, doc_type, entity_id, op from index_event where seq > ? order by seq limit " + BATCH;

    @Inject
    AgroalDataSource dataSource;

    List<Event> since(long position) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(SINCE)) {
            s.setLong(1, position);
            List<Event> events = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    events.add(new Event(rs.getLong(1), SearchType.valueOf(rs.getString(2)), rs.getLong(3), "INSERT".equals(rs.getString(4))));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the index outbox failed", e);
        }
    }

    String databaseToken() {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("select token::text from database_identity");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the database identity failed", e);
        }
    }

    /** Records the outbox position this replica's index has committed: pruning never deletes an event above it. */
    void recordPosition(String replica, long position) {
        execute("""
                insert into index_replica (replica_id, position, updated_at) values (?, ?, now())
                on conflict (replica_id) do update set position = excluded.position, updated_at = now()""", replica, position);
    }

    /**
     * Deletes the events every replica heard from within {@code retention} has committed, and every event older than
     * {@code retention}; forgets replicas not heard from within it. Returns the number of events deleted. Safe to run
     * on every replica at once: each statement only deletes what all agree is done.
     */
    int prune(Duration retention) {
        long seconds = retention.toSeconds();
        execute("delete from index_replica where updated_at < now() - make_interval(secs => ?)", seconds);
        return execute("""
                with done as (select min(position) as position from index_replica),
                     gone as (delete from index_event
                              where seq <= coalesce((select position from done), 0)
                                 or created_at < now() - make_interval(secs => ?)
                              returning seq),
                     mark as (update index_event_pruned set through = greatest(through, (select coalesce(max(seq), 0) from gone)))
                select count(*) from gone""", seconds);
    }

    /** The highest sequence number pruning has deleted: an index whose position is below it has missed events. */
    long prunedThrough() {
        return queryLong("select through from index_event_pruned");
    }

    /** How many events there are after a position. */
    long countAfter(long seq) {
        return execute("select count(*) from index_event where seq > ?", seq);
    }

    long lastSeq() {
        return queryLong("select coalesce(max(seq), 0) from index_event");
    }

    private long queryLong(String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the index outbox failed", e);
        }
    }

    /** Runs one statement; for a query, returns its first column as a number, else the update count. */
    private int execute(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            if (s.execute()) {
                try (ResultSet rs = s.getResultSet()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
            return s.getUpdateCount();
        } catch (SQLException e) {
            throw new IllegalStateException("Writing the index outbox failed", e);
        }
    }
}
