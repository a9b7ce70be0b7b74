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

    @Inject
    SearchConfig config;

    @Inject
    Outbox outbox;

    @Inject
    SearchIndex index;

    @Inject
    OutboxApplier applier;

    @Inject
    IndexRebuilder rebuilder;

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
