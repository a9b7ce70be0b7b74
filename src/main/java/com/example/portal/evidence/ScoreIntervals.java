package com.example.portal.evidence;

/**
 * 95% score intervals for proportions. Wilson's interval for one proportion and Newcombe's hybrid score
 * interval for a difference of two (method 10 of Newcombe, Statistics in Medicine 1998;17:873–890). Unlike the
 * textbook Wald interval p ± 1.96·√(p(1−p)/n), they stay inside [0, 1], do not collapse to a point at 0 or n
 * successes, and hold their 95% coverage at small n.
 */
final class ScoreIntervals {

    private ScoreIntervals() {
    }

    /** Wilson score interval of successes / trials (a proportion from 0 to 1). */
    static Interval wilson(int successes, int trials) {
        double z = NormalDistribution.Z_95;
        double p = (double) successes / trials;
        double zz = z * z;
        double centre = p + zz / (2.0 * trials);
        double halfWidth = z * Math.sqrt(p * (1 - p) / trials + zz / (4.0 * trials * trials));
        double denominator = 1 + zz / trials;
        // At 0 or n successes the formula's bound is exactly 0 or 1; say so rather than return 1e-17.
        double low = successes == 0 ? 0 : (centre - halfWidth) / denominator;
        double high = successes == trials ? 1 : (centre + halfWidth) / denominator;
        return new Interval(low, high);
    }

    /** Newcombe's hybrid score interval of p1 − p2, from the Wilson intervals of each proportion. */
    static Interval newcombeDifference(int successes1, int trials1, int successes2, int trials2) {
        double p1 = (double) successes1 / trials1;
        double p2 = (double) successes2 / trials2;
        Interval w1 = wilson(successes1, trials1);
        Interval w2 = wilson(successes2, trials2);
        double difference = p1 - p2;
        return new Interval(
                difference - Math.hypot(p1 - w1.low(), w2.high() - p2),
                difference + Math.hypot(w1.high() - p1, p2 - w2.low()));
    }
}
