package com.example.portal.evidence;

/** A two-sided confidence interval, in the unit of whatever it bounds. */
record Interval(double low, double high) {

    boolean excludesZero() {
        return low > 0 || high < 0;
    }

    Interval times(double factor) {
        return new Interval(low * factor, high * factor);
    }
}
