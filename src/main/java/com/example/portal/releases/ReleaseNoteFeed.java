package com.example.portal.releases;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.portal.releases.api.ReleaseNoteAnnouncement;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * Release notes as this replica learns of them, for the {@code releaseNotePublished} subscription. Each note carries
 * whether its card was published at that moment, because the subscriber's filter runs later, outside any request,
 * where the card's status can no longer be asked for the subscriber's role.
 */
@ApplicationScoped
public class ReleaseNoteFeed {

    /** Enough to recognise a note the index applies again (a rebuild replays recent events), without growing for ever. */
    private static final int REMEMBERED = 10_000;

    /** A note just committed, and whether readers of published content only may see it. */
    public record Published(ReleaseNoteAnnouncement note, boolean cardPublished) {
    }

    private final BroadcastProcessor<Published> processor = BroadcastProcessor.create();
    private final Set<String> announced = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    });

    /**
     * Announces a note unless this replica has announced it already. Synchronized: the request threads and the
     * indexer thread announce, and a processor must receive its items one at a time.
     */
    synchronized void publishOnce(ReleaseNoteAnnouncement note, boolean cardPublished) {
        if (announced.add(note.id)) {
            processor.onNext(new Published(note, cardPublished));
        }
    }

    /** Notes published from now on; nothing is replayed. */
    Multi<Published> stream() {
        return processor;
    }
}
