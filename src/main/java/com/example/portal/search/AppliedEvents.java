package com.example.portal.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * How far an index has applied the outbox. Sequence numbers are taken when a transaction writes but become visible
 * when it commits, so a later number can be seen before an earlier one: the position only moves over numbers without
 * gaps, and events beyond a gap, applied already, are remembered. A gap is a transaction still running, or one rolled
 * back (its number is never used); after {@link #GAP_TIMEOUT_MILLIS} it is taken to be the latter. Not thread-safe:
 * {@link OutboxApplier} guards it.
 */
final class AppliedEvents {

    static final long GAP_TIMEOUT_MILLIS = 60_000;

    private final LongSupplier clock;
    private final Set<Long> beyondGap = new HashSet<>();
    private long gapSeenAt;
    private volatile long position;
    private volatile int appliedBeyondGap;

    AppliedEvents(long position, LongSupplier clock) {
        this.position = position;
        this.clock = clock;
    }

    /** Every event up to here is applied; read by any thread. */
    long position() {
        return position;
    }

    /** The events after the position not applied yet. */
    List<Outbox.Event> unapplied(List<Outbox.Event> pending) {
        return pending.stream().filter(e -> !beyondGap.contains(e.seq())).toList();
    }

    void markApplied(List<Outbox.Event> events) {
        events.forEach(e -> beyondGap.add(e.seq()));
        appliedBeyondGap = beyondGap.size();
    }

    /** Events after the position that are applied already (they wait behind a gap); read by any thread. */
    int appliedBeyondGap() {
        return appliedBeyondGap;
    }

    /**
     * Moves the position over the applied events that follow it without a gap, or over an expired gap; returns
     * whether it moved.
     */
    boolean advance(List<Outbox.Event> pending) {
        long next = position;
        for (Outbox.Event e : pending) {
            if (e.seq() == next + 1 || (e.seq() > next + 1 && gapExpired())) {
                next = e.seq();
            } else if (e.seq() > next + 1) {
                break;
            }
        }
        if (pending.stream().anyMatch(e -> e.seq() > position + 1) && next == position) {
            gapSeenAt = gapSeenAt == 0 ? clock.getAsLong() : gapSeenAt;
        } else {
            gapSeenAt = 0;
        }
        final long reached = next;
        beyondGap.removeIf(seq -> seq <= reached);
        appliedBeyondGap = beyondGap.size();
        if (reached == position) {
            return false;
        }
        position = reached;
        return true;
    }

    private boolean gapExpired() {
        return gapSeenAt != 0 && clock.getAsLong() - gapSeenAt > GAP_TIMEOUT_MILLIS;
    }
}
