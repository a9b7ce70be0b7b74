package com.example.portal.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page sits in a connection (Relay cursor pagination).")
public class PageInfo {

    @NonNull
    @Description("Whether more items follow this page.")
    public boolean hasNextPage;

    @NonNull
    @Description("Whether items precede this page.")
    public boolean hasPreviousPage;

    @Description("Cursor of the first item of the page, null when the page is empty.")
    public String startCursor;

    @Description("Cursor of the last item of the page; pass it as `after` for the next page.")
    public String endCursor;

    public PageInfo() {
    }

    public PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
        this.hasNextPage = hasNextPage;
        this.hasPreviousPage = hasPreviousPage;
        this.startCursor = startCursor;
        this.endCursor = endCursor;
    }
}
