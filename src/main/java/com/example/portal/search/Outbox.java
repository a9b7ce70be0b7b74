package com.example.portal.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;

/** Reads the index_event outbox that database triggers fill in the writing transaction. */
@ApplicationScoped
public class Outbox {

    /** One change: which object, in what order. */
    public record Event(long seq, SearchType type, long entityId) {
    }

    private static final String SINCE = "select seq, doc_type, entity_id from index_event where seq > ? order by seq limit 2000";

    @Inject
    AgroalDataSource dataSource;

    List<Event> since(long position) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(SINCE)) {
            s.setLong(1, position);
            List<Event> events = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    events.add(new Event(rs.getLong(1), SearchType.valueOf(rs.getString(2)), rs.getLong(3)));
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

    long lastSeq() {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("select coalesce(max(seq), 0) from index_event");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the index outbox failed", e);
        }
    }
}
