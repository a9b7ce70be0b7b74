package com.example.portal.evidence;

/**
 * Fisher's exact test of a 2×2 table, two-sided: with the row and column totals fixed, the probability of a
 * table no more likely than the observed one (the definition R's fisher.test uses). Exact for any sample, so
 * it replaces the z-test when an expected cell count is below 5.
 */
final class FisherExactTest {

    /** As in R: tables as likely as the observed one must count even when rounding makes them a hair likelier. */
    private static final double SAME_PROBABILITY = 1 + 1e-7;

    private FisherExactTest() {
    }

    static double twoSidedP(int successes1, int trials1, int successes2, int trials2) {
        int successes = successes1 + successes2;
        int first = Math.max(0, successes - trials2);
        int last = Math.min(successes, trials1);
        // Hypergeometric weights of x successes in row 1, relative to the most likely x. Walking outwards from the
        // mode by ratios of neighbours keeps every weight at most 1: no factorials, no overflow, underflow harmless.
        double[] weight = new double[last - first + 1];
        int mode = (int) Math.max(first, Math.min(last,
                ((long) trials1 + 1) * ((long) successes + 1) / ((long) trials1 + trials2 + 2)));
        weight[mode - first] = 1.0;
        for (int x = mode; x < last; x++) {
            weight[x + 1 - first] = weight[x - first] * ((double) (trials1 - x) * (successes - x))
                    / ((double) (x + 1) * (trials2 - successes + x + 1));
        }
        for (int x = mode; x > first; x--) {
            weight[x - 1 - first] = weight[x - first] * ((double) x * (trials2 - successes + x))
                    / ((double) (trials1 - x + 1) * (successes - x + 1));
        }
        double observed = weight[successes1 - first] * SAME_PROBABILITY;
        double total = 0;
        double asExtreme = 0;
        for (double w : weight) {
            total += w;
            if (w <= observed) {
                asExtreme += w;
            }
        }
        return Math.min(1.0, asExtreme / total);
    }
}
