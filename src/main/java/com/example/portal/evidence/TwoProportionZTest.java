package com.example.portal.evidence;

/** The two-proportion z-test with pooled variance, two-sided: right when every expected cell count is 5 or more. */
final class TwoProportionZTest {

    private TwoProportionZTest() {
    }

    static double twoSidedP(int successes1, int trials1, int successes2, int trials2) {
        double pooled = (double) (successes1 + successes2) / ((long) trials1 + trials2);
        double standardError = Math.sqrt(pooled * (1 - pooled) * (1.0 / trials1 + 1.0 / trials2));
        if (standardError == 0) {
            // Everyone or no one converted in both arms: the arms cannot differ.
            return 1.0;
        }
        double z = ((double) successes1 / trials1 - (double) successes2 / trials2) / standardError;
        return NormalDistribution.twoSidedTail(z);
    }
}
