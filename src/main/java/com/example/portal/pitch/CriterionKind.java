package com.example.portal.pitch;

import org.eclipse.microprofile.graphql.Description;

@Description("Which formal sign of a segment a criterion checks.")
public enum CriterionKind {
    @Description("Company size (employees).")
    SIZE,
    @Description("Industry.")
    INDUSTRY,
    @Description("A product the client must have.")
    PRODUCT_OWNED,
    @Description("A product the client must not have.")
    PRODUCT_NOT_OWNED,
    @Description("A condition on one of the client's metrics.")
    METRIC
}
