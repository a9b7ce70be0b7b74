package com.example.portal.segments.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import com.example.portal.graphql.ListOrder;
import com.example.portal.graphql.OrderDirection;

@Input("SegmentOrder")
@Description("Ordering of a segment list.")
public class SegmentOrder extends ListOrder<SegmentOrderField> {

    public SegmentOrder() {
        super(SegmentOrderField.NAME, OrderDirection.ASC);
    }
}
