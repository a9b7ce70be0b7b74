package com.example.portal.pitch.api;

import org.eclipse.microprofile.graphql.Description;

@Description("Format of an uploaded account list.")
public enum AccountListFormat {
    @Description("CSV with a header line: account, employees, industry, products_owned (slugs separated by ';', or "
            + "'none'), then one column per metric key (e.g. missed_call_share). Empty cells are unknown.")
    CSV,
    @Description("A JSON array of {account, employees, industry, productsOwned: [slugs], metrics: {key: number}}; "
            + "left-out keys are unknown.")
    JSON
}
