package com.example.portal.segments;

import org.eclipse.microprofile.graphql.Description;

@Description("How a CRM list filter compares a company's field with the values.")
public enum CrmOperator {
    @Description("At least the value (≥).")
    GTE,
    @Description("At most the value (≤).")
    LTE,
    @Description("Greater than the value (>).")
    GT,
    @Description("Less than the value (<).")
    LT,
    @Description("Equal to the value (=).")
    EQ,
    @Description("One of the values.")
    IN,
    @Description("A multi-value field that holds every one of the values.")
    HAS_ALL,
    @Description("A multi-value field that holds none of the values.")
    HAS_NONE
}
