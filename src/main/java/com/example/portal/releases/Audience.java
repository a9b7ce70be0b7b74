package com.example.portal.releases;

import org.eclipse.microprofile.graphql.Description;

@Description("Who a release note is written for.")
public enum Audience {
    @Description("Sales reps.")
    SALES,
    @Description("Marketers.")
    MARKETING,
    @Description("Product managers.")
    PRODUCT,
    @Description("Clients (the text can be passed on as is).")
    CLIENTS
}
