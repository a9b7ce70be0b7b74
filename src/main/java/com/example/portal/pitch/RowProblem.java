package com.example.portal.pitch;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A row of an uploaded account list that could not be used; the other rows are still matched.")
public record RowProblem(
        @NonNull @Description("Row number: the CSV record counting the header as row 1 (the line number unless a quoted cell spans lines), or the 1-based position in a JSON array.") int row,
        @Description("Column or key at fault; null when the whole row is.") String column,
        @NonNull @Description("What is wrong and what is allowed.") String message) {
}
