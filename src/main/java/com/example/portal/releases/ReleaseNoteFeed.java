package com.example.portal.releases;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.portal.releases.api.ReleaseNoteAnnouncement;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * Release notes as they are published on this replica, for the {@code releaseNotePublished} subscription. Each
 * note carries whether its card was published at that moment, because the subscriber's filter runs later, outside
 * any request, where the card's status can no longer be asked for the subscriber's role.
 */
@ApplicationScoped
public class ReleaseNoteFeed {

    /** A note just committed, and whether readers of published content only may see it. */
    public record Published(ReleaseNoteAnnouncement note, boolean cardPublished) {
    }

    private final BroadcastProcessor<Published> processor = BroadcastProcessor.create();

    void publish(ReleaseNoteAnnouncement note, boolean cardPublished) {
        processor.onNext(new Published(note, cardPublished));
    }

    /** Notes published from now on; nothing is replayed. */
    Multi<Published> stream() {
        return processor;
    }
}
