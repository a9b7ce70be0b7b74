package com.example.portal.evidence;

/** The standard normal distribution, as far as the z-test and the 95% score intervals need it. */
final class NormalDistribution {

    /** The 97.5% quantile, so that ±Z_95 holds 95%: qnorm(0.975) in R, NormalDist().inv_cdf(0.975) in Python. */
    static final double Z_95 = 1.959963984540054;

    private NormalDistribution() {
    }

    /** P(|Z| ≥ |z|) for a standard normal Z: the two-sided p-value of a z statistic. */
    static double twoSidedTail(double z) {
        return Math.min(1.0, erfcOfNonNegative(Math.abs(z) / Math.sqrt(2)));
    }

    /**
     * erfc(x) for x ≥ 0, by the Chebyshev fit "erfcc" of Numerical Recipes in C (2nd ed., §6.2). Its error is
     * below 1.2e-7 relative to the value, not absolutely, so p-values of 1e-10 are still right to 7 digits.
     */
    private static double erfcOfNonNegative(double x) {
        double t = 1.0 / (1.0 + 0.5 * x);
        return t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
    }
}
