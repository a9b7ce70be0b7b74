package com.example.portal.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A page of a list as a Relay connection, built from the {@link Page} a service found: what every connection type has
 * alike, the page info and the total count, declared and described once. Each connection type adds its {@code edges}
 * with its own edge type, filled from the same page in its constructor: the list stays in the subclass because
 * SmallRye GraphQL cannot map a field whose type is a type variable of a superclass.
 */
public abstract class Connection {

    @NonNull
    @Description("Where this page sits.")
    public final PageInfo pageInfo;

    @NonNull
    @Description("How many items the list has, over all pages.")
    public final long totalCount;

    protected Connection(Page<?> page) {
        this.pageInfo = page.pageInfo();
        this.totalCount = page.total();
    }
}
