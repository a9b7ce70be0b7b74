package com.example.portal.evidence;

/**
 * What the counts of an A/B test support. Rates are percentages (0–100); the uplift and its 95% interval are
 * percentage points of variant minus control. The interval is Newcombe's hybrid score interval; the p-value comes
 * from the z-test, or from Fisher's exact test when an expected cell count is below 5 (see {@link SignificanceTest}).
 */
record AbTestStatistics(int controlUsers, int controlConversions, int variantUsers, int variantConversions,
        SignificanceTest test, double pValue, Interval differenceInterval) {

    static final double ALPHA = 0.05;
    /** Fewer users than this in an arm: too little data whatever the p-value, as a rate of 2 of 20 means little. */
    static final int MIN_USERS_PER_ARM = 30;
    /** Fewer conversions (or non-conversions) than this over both arms: nothing to compare. */
    static final int MIN_OUTCOMES = 5;

    static AbTestStatistics of(int controlUsers, int controlConversions, int variantUsers, int variantConversions) {
        requireArm(controlUsers, controlConversions);
        requireArm(variantUsers, variantConversions);
        SignificanceTest test = SignificanceTest.forCounts(variantConversions, variantUsers, controlConversions, controlUsers);
        return new AbTestStatistics(controlUsers, controlConversions, variantUsers, variantConversions, test,
                test.twoSidedP(variantConversions, variantUsers, controlConversions, controlUsers),
                ScoreIntervals.newcombeDifference(variantConversions, variantUsers, controlConversions, controlUsers)
                        .times(100));
    }

    private static void requireArm(int users, int conversions) {
        if (users < 1 || conversions < 0 || conversions > users) {
            throw new IllegalArgumentException("An arm needs users ≥ 1 and 0 ≤ conversions ≤ users; got "
                    + conversions + " of " + users + ".");
        }
    }

    EvidenceVerdict verdict() {
        if (armTooSmall() || tooFewConversions() || tooFewNonConversions()) {
            return EvidenceVerdict.TOO_LITTLE_DATA;
        }
        // Both must agree: near p = 0.05 the test and the interval can disagree, and then we claim nothing.
        return pValue < ALPHA && differenceInterval.excludesZero() ? EvidenceVerdict.SIGNIFICANT
                : EvidenceVerdict.NOT_SIGNIFICANT;
    }

    boolean armTooSmall() {
        return Math.min(controlUsers, variantUsers) < MIN_USERS_PER_ARM;
    }

    boolean tooFewConversions() {
        return controlConversions + variantConversions < MIN_OUTCOMES;
    }

    boolean tooFewNonConversions() {
        return (controlUsers - controlConversions) + (variantUsers - variantConversions) < MIN_OUTCOMES;
    }

    double controlRate() {
        return 100.0 * controlConversions / controlUsers;
    }

    double variantRate() {
        return 100.0 * variantConversions / variantUsers;
    }

    /** Computed from the counts in one division, so 55/400 − 48/400 is exactly 1.75 and rounds to 1.8, not 1.7. */
    double absoluteUpliftPoints() {
        return 100.0 * crossDifference() / ((double) controlUsers * variantUsers);
    }

    /** Uplift relative to the control rate; null when the control arm had no conversions. */
    Double relativeUpliftPercent() {
        return controlConversions == 0 ? null : 100.0 * crossDifference() / ((double) controlConversions * variantUsers);
    }

    /** The sign of variant minus control: −1, 0 or 1. */
    int direction() {
        return Long.signum(crossDifference());
    }

    /** variantConversions/variantUsers − controlConversions/controlUsers, times both users, exactly. */
    private long crossDifference() {
        return (long) variantConversions * controlUsers - (long) controlConversions * variantUsers;
    }

    String method() {
        return "p-value: " + test.description + ". 95% confidence interval for the difference: Newcombe's hybrid "
                + "score interval (method 10), from Wilson intervals of each arm.";
    }
}
