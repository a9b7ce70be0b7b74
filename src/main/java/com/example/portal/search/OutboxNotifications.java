package com.example.portal.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import io.agroal.api.AgroalDataSource;

/**
 * Wakes the indexer when another transaction has committed outbox events: the outbox triggers call
 * {@code pg_notify('index_event')}, delivered at commit to every listening replica, so a change written through
 * another replica is applied here within milliseconds instead of at the next poll. One connection of the pool stays
 * listening. When listening fails (the database restarting), the indexer falls back to polling alone and listens
 * again at the next wait.
 */
@ApplicationScoped
class OutboxNotifications {

    private static final Logger LOG = Logger.getLogger(OutboxNotifications.class);

    @Inject
    AgroalDataSource dataSource;

    /** Used by the indexer thread only. */
    private Connection listening;

    /** Waits until outbox events are notified or the time has passed. */
    void await(long millis) throws InterruptedException {
        try {
            if (listening == null) {
                listening = listen();
            }
            listening.unwrap(PGConnection.class).getNotifications((int) Math.max(1, millis));
        } catch (SQLException e) {
            LOG.debugf(e, "Listening for outbox events failed; polling meanwhile");
            close();
            Thread.sleep(millis);
        }
    }

    private Connection listen() throws SQLException {
        Connection connection = dataSource.getConnection();
        try (Statement s = connection.createStatement()) {
            s.execute("listen index_event");
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    void close() {
        if (listening != null) {
            try {
                listening.close();
            } catch (SQLException e) {
                LOG.debugf(e, "Closing the listening connection failed");
            }
            listening = null;
        }
    }
}
