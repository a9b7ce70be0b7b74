package com.example.portal.releases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.example.portal.search.NewObjectsIndexed;
import com.example.portal.search.SearchType;

/**
 * Announces release notes to this replica's subscribers when this replica's index learns of them through the outbox:
 * so every replica announces every note, whichever replica wrote it, and notes an import brought too.
 */
@ApplicationScoped
class ReleaseNoteAnnouncer {

    @Inject
    ReleaseNoteService service;

    void onIndexed(@Observes NewObjectsIndexed event) {
        if (event.type() == SearchType.RELEASE) {
            service.announce(event.ids());
        }
    }
}
