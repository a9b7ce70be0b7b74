package com.example.portal.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * An editable API object: updates and deletes carry the version the client read, and a stale one is refused with
 * STALE_VERSION. When it was created and last changed stay with each type, whose descriptions name the object.
 */
public abstract class VersionedObject extends IdentifiedObject {

    @NonNull
    @Description("Version for optimistic locking: pass it to updates and deletes.")
    public int version;
}
