package com.example.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/** The outbox position moves over applied events without gaps; a gap holds it until the gap is old. */
class AppliedEventsTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final AppliedEvents events = new AppliedEvents(10, now::get);

    @Test
    void movesOverEventsWithoutAGap() {
        List<Outbox.Event> pending = seqs(11, 12, 13);
        events.markApplied(events.unapplied(pending));
        assertThat(events.advance(pending)).isTrue();
        assertThat(events.position()).isEqualTo(13);
        assertThat(events.advance(List.of())).as("nothing new").isFalse();
    }

    @Test
    void aGapHoldsThePositionAndTheEventsBeyondItAreNotAppliedTwice() {
        List<Outbox.Event> pending = seqs(11, 13, 14); // 12: a transaction still running
        events.markApplied(events.unapplied(pending));
        events.advance(pending);
        assertThat(events.position()).isEqualTo(11);
        assertThat(events.unapplied(seqs(13, 14))).as("applied beyond the gap").isEmpty();

        // 12 commits late: it alone is applied, and the position moves past what was applied beyond it.
        List<Outbox.Event> later = seqs(12, 13, 14);
        assertThat(events.unapplied(later)).extracting(Outbox.Event::seq).containsExactly(12L);
        events.markApplied(events.unapplied(later));
        assertThat(events.advance(later)).isTrue();
        assertThat(events.position()).isEqualTo(14);
    }

    @Test
    void aGapOlderThanTheTimeoutIsTakenForARollback() {
        List<Outbox.Event> pending = seqs(12, 13); // 11 was rolled back
        events.markApplied(events.unapplied(pending));
        assertThat(events.advance(pending)).isFalse();
        now.addAndGet(AppliedEvents.GAP_TIMEOUT_MILLIS);
        assertThat(events.advance(pending)).as("at the timeout, still waiting").isFalse();
        now.addAndGet(1);
        assertThat(events.advance(pending)).isTrue();
        assertThat(events.position()).isEqualTo(13);
    }

    private static List<Outbox.Event> seqs(long... seqs) {
        return LongStream.of(seqs).mapToObj(seq -> new Outbox.Event(seq, SearchType.CARD, seq, false)).toList();
    }
}
