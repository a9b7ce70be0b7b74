package com.example.portal.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * An input that names one stored object by its global id, with the version the client last read: a stale version is
 * refused with STALE_VERSION. The update inputs say the same in their own classes, as they extend their
 * {@code <Type>InputFields}.
 */
public abstract class VersionedInput {

    @Id
    @NonNull
    @Description("Global id of the object.")
    public String id;

    @NonNull
    @Description("The version last read; a stale version refuses the change with STALE_VERSION.")
    public int version;
}
