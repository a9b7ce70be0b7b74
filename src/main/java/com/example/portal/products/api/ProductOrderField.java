package com.example.portal.products.api;

import org.eclipse.microprofile.graphql.Description;

@Description("What products can be ordered by.")
public enum ProductOrderField {
    @Description("By name.")
    NAME,
    @Description("By creation time.")
    CREATED_AT,
    @Description("By last change.")
    UPDATED_AT
}
