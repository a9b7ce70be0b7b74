"""Reference values for EvidenceStatisticsTest, computed differently from the Java code.

Standard library only: python3 -c "from evidence_reference import *; print(newcombe(56, 70, 48, 80))"
- Wilson limits are found by bisection on the score-test equation |x/n - p| = z * sqrt(p(1 - p)/n),
  not by the closed form the Java code uses.
- Fisher's exact test is summed over exact fractions (math.comb), not over floating-point ratios.
- Normal tails come from the C library's math.erfc, not from the Numerical Recipes approximation.
"""
from fractions import Fraction
from math import comb, erfc, sqrt
from statistics import NormalDist

Z = NormalDist().inv_cdf(0.975)


def wilson_bisect(x, n, z=Z):
    p = x / n

    def excess(p0):
        return abs(p - p0) / sqrt(p0 * (1 - p0) / n) - z

    def root(outside, inside):
        for _ in range(200):
            middle = (outside + inside) / 2
            if excess(middle) > 0:
                outside = middle
            else:
                inside = middle
        return (outside + inside) / 2

    low = 0.0 if x == 0 else root(1e-300, p)
    high = 1.0 if x == n else root(1 - 1e-16, p)
    return low, high


def newcombe(x1, n1, x2, n2):
    """Newcombe's method 10 interval for x1/n1 - x2/n2."""
    p1, p2 = x1 / n1, x2 / n2
    l1, u1 = wilson_bisect(x1, n1)
    l2, u2 = wilson_bisect(x2, n2)
    d = p1 - p2
    return d - sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)


def z_test_p(x1, n1, x2, n2):
    pooled = (x1 + x2) / (n1 + n2)
    z = (x1 / n1 - x2 / n2) / sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    return erfc(abs(z) / sqrt(2))


def fisher_frac(x1, n1, x2, n2):
    """Two-sided Fisher p as an exact fraction: tables no more likely than the observed one."""
    k = x1 + x2

    def prob(x):
        return Fraction(comb(n1, x) * comb(n2, k - x), comb(n1 + n2, k))

    observed = prob(x1)
    return sum(prob(x) for x in range(max(0, k - n2), min(k, n1) + 1) if prob(x) <= observed)
