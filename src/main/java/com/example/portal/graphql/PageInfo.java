package com.example.portal.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page sits in a connection (Relay cursor pagination).")
public record PageInfo(
        @NonNull @Description("Whether more items follow this page.") boolean hasNextPage,
        @NonNull @Description("Whether items precede this page.") boolean hasPreviousPage,
        @Description("Cursor of the first item of the page, null when the page is empty.") String startCursor,
        @Description("Cursor of the last item of the page; pass it as `after` for the next page.") String endCursor) {
}
