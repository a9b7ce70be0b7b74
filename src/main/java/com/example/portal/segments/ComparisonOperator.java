package com.example.portal.segments;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.microprofile.graphql.Description;

@Description("How a client's metric is compared with a threshold.")
public enum ComparisonOperator {
    @Description("Greater than (>).")
    GT(">"),
    @Description("Greater than or equal (>=).")
    GTE(">="),
    @Description("Less than (<).")
    LT("<"),
    @Description("Less than or equal (<=).")
    LTE("<="),
    @Description("Equal (=).")
    EQ("=");

    private final String symbol;

    ComparisonOperator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The operator written as a symbol (">=") in content files. */
    public static Optional<ComparisonOperator> fromSymbol(String symbol) {
        return Arrays.stream(values()).filter(o -> o.symbol.equals(symbol.strip())).findFirst();
    }
}
