package com.example.portal.graphql;

import java.time.LocalDate;

/**
 * The dates the portal keeps: years 1 to 9999. A GraphQL Date may be anything Java's LocalDate holds
 * ({@code +999999999-12-31}), beyond PostgreSQL's date range, which would fail the query or write as a "System error";
 * no product fact is dated outside four-digit years.
 */
public final class StorableDate {

    static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private StorableDate() {
    }

    /** Why the date cannot be stored, or null when it can. */
    public static String problem(LocalDate date) {
        if (date.isBefore(FIRST) || date.isAfter(LAST)) {
            return "A date from " + FIRST + " to " + LAST + " is expected; got " + date + ".";
        }
        return null;
    }
}
