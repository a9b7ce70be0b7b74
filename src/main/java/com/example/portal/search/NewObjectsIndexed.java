package com.example.portal.search;

import java.util.Set;

/**
 * CDI event: this replica's index has applied the creation of these objects, whichever replica, importer or SQL
 * statement wrote them. Fired synchronously once readers can find them, outside the indexer's lock, for objects
 * created after this replica started (not for what it finds in the outbox at start). At least once per replica: a
 * rebuild applies again what was committed while it scanned, so an observer that must act once per object keeps
 * track itself.
 *
 * @param type what was created
 * @param ids  their database ids
 */
public record NewObjectsIndexed(SearchType type, Set<Long> ids) {
}
