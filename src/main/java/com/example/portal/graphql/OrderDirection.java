package com.example.portal.graphql;

import org.eclipse.microprofile.graphql.Description;

@Description("Direction of an ordering.")
public enum OrderDirection {
    @Description("Ascending: A to Z, oldest first.")
    ASC,
    @Description("Descending: Z to A, newest first.")
    DESC
}
