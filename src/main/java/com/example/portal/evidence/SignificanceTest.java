package com.example.portal.evidence;

/** The test behind an A/B p-value, chosen by the usual rule of thumb on expected cell counts. */
enum SignificanceTest {

    Z_TEST("two-proportion z-test with pooled variance, two-sided"),
    FISHER_EXACT("Fisher's exact test, two-sided, because an expected cell count is below 5");

    /** Below this expected count the normal approximation of the z-test is unreliable. */
    static final double MIN_EXPECTED_COUNT = 5;

    final String description;

    SignificanceTest(String description) {
        this.description = description;
    }

    static SignificanceTest forCounts(int successes1, int trials1, int successes2, int trials2) {
        long successes = (long) successes1 + successes2;
        long total = (long) trials1 + trials2;
        // The smallest expected count of the 2×2 table is the smallest row total times the smallest column total.
        double smallestExpected = (double) Math.min(trials1, trials2) * Math.min(successes, total - successes) / total;
        return smallestExpected < MIN_EXPECTED_COUNT ? FISHER_EXACT : Z_TEST;
    }

    double twoSidedP(int successes1, int trials1, int successes2, int trials2) {
        return switch (this) {
            case Z_TEST -> TwoProportionZTest.twoSidedP(successes1, trials1, successes2, trials2);
            case FISHER_EXACT -> FisherExactTest.twoSidedP(successes1, trials1, successes2, trials2);
        };
    }
}
