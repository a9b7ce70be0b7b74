package com.example.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

/**
 * Keeps the shared outbox small: deletes the events every replica has committed, and those older than the retention
 * period. When this replica's own index has fallen behind what was deleted (it was stopped longer than the
 * retention), it starts a rebuild.
 */
@ApplicationScoped
public class OutboxPruner {

    private static final Logger LOG = Logger.getLogger(OutboxPruner.class);

    private final SearchConfig config;
    private final Outbox outbox;
    private final SearchIndex index;
    private final OutboxApplier applier;
    private final IndexRebuilder rebuilder;

    @Inject
    OutboxPruner(SearchConfig config, Outbox outbox, SearchIndex index, OutboxApplier applier, IndexRebuilder rebuilder) {
        this.config = config;
        this.outbox = outbox;
        this.index = index;
        this.applier = applier;
        this.rebuilder = rebuilder;
    }

    /** Returns the number of events deleted. */
    int prune() {
        int deleted = outbox.prune(config.outboxRetention());
        if (deleted > 0) {
            LOG.debugf("Pruned %d outbox events", deleted);
        }
        long pruned = outbox.prunedThrough();
        if (index.ready() && applier.position() < pruned) {
            LOG.warnf("Outbox events this replica had not applied (up to %d, position %d) were pruned: rebuilding the index",
                    pruned, applier.position());
            rebuilder.startRebuild();
        }
        return deleted;
    }
}
