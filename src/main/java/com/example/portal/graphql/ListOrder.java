package com.example.portal.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The ordering input of a list: a field of the list's own order-field enum and a direction. Each list's input type
 * (a subclass named by {@code @Input}) fixes the enum and its defaults in its no-argument constructor, which both the
 * JSON binding and a service given no ordering use.
 */
public abstract class ListOrder<F extends Enum<F>> {

    @NonNull
    @Description("Field to order by.")
    public F field;

    @NonNull
    @Description("Direction.")
    public OrderDirection direction;

    protected ListOrder(F field, OrderDirection direction) {
        this.field = field;
        this.direction = direction;
    }
}
