package com.example.portal.segments.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.OrderDirection;

@Input("SegmentOrder")
@Description("Ordering of a segment list.")
public class SegmentOrder {

    @NonNull
    @Description("Field to order by.")
    public SegmentOrderField field = SegmentOrderField.NAME;

    @NonNull
    @Description("Direction.")
    public OrderDirection direction = OrderDirection.ASC;
}
