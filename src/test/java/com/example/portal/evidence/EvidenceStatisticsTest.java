package com.example.portal.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/**
 * The statistics against values computed independently of this code:
 * <ul>
 * <li>Wilson and Newcombe intervals: the published tables of R. G. Newcombe, "Two-sided confidence intervals for the
 * single proportion: comparison of seven methods" (Stat Med 1998;17:857–872, Table I, method 3) and "Interval
 * estimation for the difference between independent proportions: comparison of eleven methods" (Stat Med
 * 1998;17:873–890, Table II, method 10), to their 4 decimals;</li>
 * <li>more decimals and every other case: src/test/python/evidence_reference.py (standard library only), which finds
 * Wilson limits by bisection on the score-test equation rather than by the closed form, sums Fisher's exact test
 * over exact fractions, and takes normal tails from math.erfc. The Python call is given beside each value.</li>
 * </ul>
 */
class EvidenceStatisticsTest {

    // Newcombe's tables give 4 decimals.
    private static final double FOUR_DECIMALS = 0.00005;
    // The bisection reference and the closed form agree far closer than this.
    private static final double REFERENCE = 1e-9;

    // ---- Normal distribution ----

    @Test
    void normalTailMatchesTheCLibraryErfcToTheApproximationsStatedAccuracy() {
        // math.erfc(z / math.sqrt(2)); Numerical Recipes' erfcc promises a relative error below 1.2e-7.
        assertThat(NormalDistribution.twoSidedTail(0.5)).isCloseTo(0.6170750774519738, withinPercentage(1.2e-5));
        assertThat(NormalDistribution.twoSidedTail(-0.5)).isCloseTo(0.6170750774519738, withinPercentage(1.2e-5));
        assertThat(NormalDistribution.twoSidedTail(NormalDistribution.Z_95)).isCloseTo(0.05, withinPercentage(1.2e-5));
        assertThat(NormalDistribution.twoSidedTail(3)).isCloseTo(0.0026997960632601913, withinPercentage(1.2e-5));
        assertThat(NormalDistribution.twoSidedTail(6)).isCloseTo(1.9731752900754024e-09, withinPercentage(1.2e-5));
        assertThat(NormalDistribution.twoSidedTail(8)).isCloseTo(1.2441921148543639e-15, withinPercentage(1.2e-5));
        assertThat(NormalDistribution.twoSidedTail(0)).isEqualTo(1.0);
    }

    @Test
    void z95IsTheNormalQuantile() {
        // statistics.NormalDist().inv_cdf(0.975)
        assertThat(NormalDistribution.Z_95).isCloseTo(1.9599639845400536, within(1e-15));
    }

    // ---- Wilson interval ----

    @Test
    void wilsonMatchesNewcombesTable() {
        assertInterval(ScoreIntervals.wilson(81, 263), 0.2553, 0.3662, FOUR_DECIMALS);
        assertInterval(ScoreIntervals.wilson(15, 148), 0.0624, 0.1605, FOUR_DECIMALS);
        assertInterval(ScoreIntervals.wilson(0, 20), 0.0000, 0.1611, FOUR_DECIMALS);
        assertInterval(ScoreIntervals.wilson(1, 29), 0.0061, 0.1718, FOUR_DECIMALS);
    }

    @Test
    void wilsonMatchesTheBisectionReference() {
        // wilson_bisect(90, 100), wilson_bisect(2, 10)
        assertInterval(ScoreIntervals.wilson(90, 100), 0.8256343384950866, 0.944770862939325, REFERENCE);
        assertInterval(ScoreIntervals.wilson(2, 10), 0.056682151454375274, 0.5098375284633583, REFERENCE);
    }

    @Test
    void wilsonAtNoneAndAllIsExactlyZeroAndOne() {
        // wilson_bisect(0, 50) = (0, 0.071348...), wilson_bisect(50, 50) = (0.928652..., 1)
        Interval none = ScoreIntervals.wilson(0, 50);
        assertThat(none.low()).isEqualTo(0.0);
        assertThat(none.high()).isCloseTo(0.071348, within(1e-6));
        Interval all = ScoreIntervals.wilson(50, 50);
        assertThat(all.low()).isCloseTo(0.928652, within(1e-6));
        assertThat(all.high()).isEqualTo(1.0);
        // A single answer still gives a wide, not an empty, interval: wilson_bisect(1, 1)
        assertInterval(ScoreIntervals.wilson(1, 1), 0.2065, 1.0, FOUR_DECIMALS);
    }

    // ---- Newcombe interval for a difference ----

    @Test
    void newcombeMatchesNewcombesTableIIMethod10() {
        assertInterval(ScoreIntervals.newcombeDifference(56, 70, 48, 80), 0.0524, 0.3339, FOUR_DECIMALS);
        assertInterval(ScoreIntervals.newcombeDifference(9, 10, 3, 10), 0.1705, 0.8090, FOUR_DECIMALS);
        assertInterval(ScoreIntervals.newcombeDifference(6, 7, 2, 7), 0.0582, 0.8062, FOUR_DECIMALS);
        assertInterval(ScoreIntervals.newcombeDifference(5, 56, 0, 29), -0.0381, 0.1926, FOUR_DECIMALS);
        assertInterval(ScoreIntervals.newcombeDifference(0, 10, 0, 20), -0.1611, 0.2775, FOUR_DECIMALS);
        assertInterval(ScoreIntervals.newcombeDifference(0, 10, 0, 10), -0.2775, 0.2775, FOUR_DECIMALS);
        assertInterval(ScoreIntervals.newcombeDifference(10, 10, 0, 20), 0.6791, 1.0000, FOUR_DECIMALS);
        assertInterval(ScoreIntervals.newcombeDifference(10, 10, 0, 10), 0.6075, 1.0000, FOUR_DECIMALS);
    }

    // ---- Significance tests ----

    @Test
    void fisherMatchesExactFractions() {
        // Fisher's tea-tasting table: fisher_frac(3, 4, 1, 4) = 17/35, as R's fisher.test(matrix(c(3,1,1,3), 2))
        assertThat(FisherExactTest.twoSidedP(3, 4, 1, 4)).isCloseTo(17.0 / 35, within(REFERENCE));
        // fisher_frac(5, 20, 3, 20) = 3676/5291
        assertThat(FisherExactTest.twoSidedP(5, 20, 3, 20)).isCloseTo(3676.0 / 5291, within(REFERENCE));
        // fisher_frac(5, 30, 0, 30) = 117/2242
        assertThat(FisherExactTest.twoSidedP(5, 30, 0, 30)).isCloseTo(117.0 / 2242, within(REFERENCE));
        // fisher_frac(5, 1000, 0, 1000) = 248253/3992003
        assertThat(FisherExactTest.twoSidedP(5, 1000, 0, 1000)).isCloseTo(248253.0 / 3992003, within(REFERENCE));
        // Large arms, few events: float(fisher_frac(9, 100000, 1, 100000))
        assertThat(FisherExactTest.twoSidedP(9, 100000, 1, 100000)).isCloseTo(0.021481298905031834, withinPercentage(1e-6));
        // Every table but the two extremes is likelier: float(fisher_frac(30, 30, 0, 30)) = 2 / comb(60, 30)
        assertThat(FisherExactTest.twoSidedP(30, 30, 0, 30)).isCloseTo(1.6911233892144735e-17, withinPercentage(1e-6));
        // Only one table is possible with no conversions at all.
        assertThat(FisherExactTest.twoSidedP(0, 1000, 0, 1000)).isEqualTo(1.0);
    }

    @Test
    void zTestMatchesTheErfcReference() {
        // z_test_p(500, 1000, 360, 1000) etc., normal tail by math.erfc
        assertThat(TwoProportionZTest.twoSidedP(500, 1000, 360, 1000)).isCloseTo(2.560935701487968e-10, withinPercentage(1.2e-5));
        assertThat(TwoProportionZTest.twoSidedP(55, 400, 48, 400)).isCloseTo(0.4599446139678004, withinPercentage(1.2e-5));
        assertThat(TwoProportionZTest.twoSidedP(455, 1000, 410, 1000)).isCloseTo(0.042249490070755236, withinPercentage(1.2e-5));
        assertThat(TwoProportionZTest.twoSidedP(40, 100, 40, 100)).isEqualTo(1.0);
    }

    @Test
    void fisherReplacesTheZTestBelowAnExpectedCountOf5() {
        // Expected conversions per arm: 10 × 50 / 100 = 5, then 9 × 50 / 100 = 4.5.
        assertThat(SignificanceTest.forCounts(8, 50, 2, 50)).isEqualTo(SignificanceTest.Z_TEST);
        assertThat(SignificanceTest.forCounts(7, 50, 2, 50)).isEqualTo(SignificanceTest.FISHER_EXACT);
        // Non-conversions count too: 95 of 100 converting leaves 5 × 50 / 100 = 2.5 expected non-conversions.
        assertThat(SignificanceTest.forCounts(48, 50, 47, 50)).isEqualTo(SignificanceTest.FISHER_EXACT);
        assertThat(SignificanceTest.forCounts(5, 20, 3, 20)).isEqualTo(SignificanceTest.FISHER_EXACT);
    }

    // ---- A/B verdicts ----

    @Test
    void aClearWinIsSignificantWithUpliftIntervalAndZTest() {
        AbTestStatistics s = AbTestStatistics.of(1000, 360, 1000, 500);
        assertThat(s.controlRate()).isEqualTo(36.0);
        assertThat(s.variantRate()).isEqualTo(50.0);
        assertThat(s.absoluteUpliftPoints()).isEqualTo(14.0);
        assertThat(s.relativeUpliftPercent()).isCloseTo(100.0 * 14 / 36, within(1e-12));
        assertThat(s.test()).isEqualTo(SignificanceTest.Z_TEST);
        assertThat(s.pValue()).isCloseTo(2.560935701487968e-10, withinPercentage(1.2e-5));
        // 100 × newcombe(500, 1000, 360, 1000)
        assertInterval(s.differenceInterval(), 9.6748, 18.2510, 0.0001);
        assertThat(s.verdict()).isEqualTo(EvidenceVerdict.SIGNIFICANT);
        assertThat(s.method()).contains("z-test with pooled variance", "Newcombe", "method 10");
    }

    @Test
    void aClearLossIsSignificantToo() {
        // z_test_p(300, 1000, 360, 1000) = 0.004327272365904403; 100 × newcombe(300, 1000, 360, 1000)
        AbTestStatistics s = AbTestStatistics.of(1000, 360, 1000, 300);
        assertThat(s.pValue()).isCloseTo(0.004327272365904403, withinPercentage(1.2e-5));
        assertInterval(s.differenceInterval(), -10.0932, -1.8785, 0.0001);
        assertThat(s.direction()).isEqualTo(-1);
        assertThat(s.verdict()).isEqualTo(EvidenceVerdict.SIGNIFICANT);
    }

    @Test
    void aSmallDifferenceIsNotSignificant() {
        AbTestStatistics s = AbTestStatistics.of(400, 48, 400, 55);
        assertThat(s.absoluteUpliftPoints()).isEqualTo(1.75);
        // 100 × newcombe(55, 400, 48, 400)
        assertInterval(s.differenceInterval(), -2.9193, 6.4241, 0.0001);
        assertThat(s.verdict()).isEqualTo(EvidenceVerdict.NOT_SIGNIFICANT);
    }

    @Test
    void identicalArmsHavePValueOneAndAnIntervalSymmetricAroundZero() {
        AbTestStatistics s = AbTestStatistics.of(100, 40, 100, 40);
        assertThat(s.pValue()).isEqualTo(1.0);
        assertThat(s.differenceInterval().low()).isCloseTo(-s.differenceInterval().high(), within(1e-12));
        // 100 × newcombe(40, 100, 40, 100)
        assertThat(s.differenceInterval().high()).isCloseTo(13.3460, within(0.0001));
        assertThat(s.absoluteUpliftPoints()).isZero();
        assertThat(s.relativeUpliftPercent()).isZero();
        assertThat(s.direction()).isZero();
        assertThat(s.verdict()).isEqualTo(EvidenceVerdict.NOT_SIGNIFICANT);
    }

    @Test
    void noConversionsAnywhereIsTooLittleData() {
        AbTestStatistics s = AbTestStatistics.of(1000, 0, 1000, 0);
        assertThat(s.test()).isEqualTo(SignificanceTest.FISHER_EXACT);
        assertThat(s.pValue()).isEqualTo(1.0);
        // 100 × newcombe(0, 1000, 0, 1000): not a zero-width interval, as Wald's would be
        assertInterval(s.differenceInterval(), -0.3827, 0.3827, 0.0001);
        assertThat(s.relativeUpliftPercent()).isNull();
        assertThat(s.tooFewConversions()).isTrue();
        assertThat(s.verdict()).isEqualTo(EvidenceVerdict.TOO_LITTLE_DATA);
    }

    @Test
    void everyoneConvertingIsTooLittleData() {
        AbTestStatistics s = AbTestStatistics.of(1000, 1000, 1000, 1000);
        assertThat(s.pValue()).isEqualTo(1.0);
        assertInterval(s.differenceInterval(), -0.3827, 0.3827, 0.0001);
        assertThat(s.tooFewNonConversions()).isTrue();
        assertThat(s.verdict()).isEqualTo(EvidenceVerdict.TOO_LITTLE_DATA);
    }

    @Test
    void noneAgainstAllIsSignificantWithoutARelativeUplift() {
        AbTestStatistics s = AbTestStatistics.of(30, 0, 30, 30);
        // Expected counts are 30 × 30 / 60 = 15, so the z-test applies: z_test_p(30, 30, 0, 30)
        assertThat(s.test()).isEqualTo(SignificanceTest.Z_TEST);
        assertThat(s.pValue()).isCloseTo(9.485737571073843e-15, withinPercentage(1.2e-5));
        // 100 × newcombe(30, 30, 0, 30)
        assertInterval(s.differenceInterval(), 83.9468, 100.0, 0.0001);
        assertThat(s.relativeUpliftPercent()).isNull();
        assertThat(s.verdict()).isEqualTo(EvidenceVerdict.SIGNIFICANT);
    }

    @Test
    void tinyArmsAreTooLittleDataAndUseFisher() {
        AbTestStatistics s = AbTestStatistics.of(20, 3, 20, 5);
        assertThat(s.test()).isEqualTo(SignificanceTest.FISHER_EXACT);
        assertThat(s.pValue()).isCloseTo(3676.0 / 5291, within(REFERENCE));
        // 100 × newcombe(5, 20, 3, 20)
        assertInterval(s.differenceInterval(), -15.1711, 33.9504, 0.0001);
        assertThat(s.armTooSmall()).isTrue();
        assertThat(s.verdict()).isEqualTo(EvidenceVerdict.TOO_LITTLE_DATA);
        assertThat(s.method()).contains("Fisher's exact test");
    }

    @Test
    void aPValueBelow5PercentIsNotEnoughWhenTheIntervalIncludesZero() {
        // z_test_p(8, 50, 2, 50) = 0.04550026389635847; 100 × newcombe(8, 50, 2, 50) = (−0.1741, 24.8450)
        AbTestStatistics s = AbTestStatistics.of(50, 2, 50, 8);
        assertThat(s.test()).isEqualTo(SignificanceTest.Z_TEST);
        assertThat(s.pValue()).isCloseTo(0.04550026389635847, withinPercentage(1.2e-5));
        assertInterval(s.differenceInterval(), -0.1741, 24.8450, 0.0001);
        assertThat(s.verdict()).isEqualTo(EvidenceVerdict.NOT_SIGNIFICANT);
    }

    @Test
    void anIntervalExcludingZeroIsNotEnoughWhenFisherSaysPAbove5Percent() {
        // fisher_frac(5, 30, 0, 30) = 117/2242 ≈ 0.0522; 100 × newcombe(5, 30, 0, 30) = (1.9730, 33.5644)
        AbTestStatistics s = AbTestStatistics.of(30, 0, 30, 5);
        assertInterval(s.differenceInterval(), 1.9730, 33.5644, 0.0001);
        assertThat(s.pValue()).isCloseTo(117.0 / 2242, within(REFERENCE));
        assertThat(s.verdict()).isEqualTo(EvidenceVerdict.NOT_SIGNIFICANT);
    }

    @Test
    void refusesImpossibleCounts() {
        assertThatThrownBy(() -> AbTestStatistics.of(0, 0, 10, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AbTestStatistics.of(10, 11, 10, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SurveyStatistics.of(10, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- Surveys ----

    @Test
    void surveyShareHasAWilsonInterval() {
        SurveyStatistics s = SurveyStatistics.of(100, 90);
        assertThat(s.share()).isEqualTo(90.0);
        // 100 × wilson_bisect(90, 100)
        assertInterval(s.interval(), 82.56343384950866, 94.4770862939325, 100 * REFERENCE);
        assertThat(s.verdict()).isEqualTo(EvidenceVerdict.ESTIMATE);
        assertThat(s.method()).contains("Wilson");
    }

    @Test
    void surveyWithNobodyOrEverybodySatisfiedStaysInsideZeroToHundred() {
        SurveyStatistics none = SurveyStatistics.of(50, 0);
        assertThat(none.share()).isZero();
        assertThat(none.interval().low()).isZero();
        assertThat(none.interval().high()).isCloseTo(7.1348, within(0.0001));
        SurveyStatistics all = SurveyStatistics.of(50, 50);
        assertThat(all.share()).isEqualTo(100.0);
        assertThat(all.interval().low()).isCloseTo(92.8652, within(0.0001));
        assertThat(all.interval().high()).isEqualTo(100.0);
    }

    @Test
    void surveyUnderTenRespondentsIsTooLittleData() {
        assertThat(SurveyStatistics.of(9, 9).verdict()).isEqualTo(EvidenceVerdict.TOO_LITTLE_DATA);
        assertThat(SurveyStatistics.of(10, 2).verdict()).isEqualTo(EvidenceVerdict.ESTIMATE);
    }

    // ---- Pilots ----

    @Test
    void pilotHasAbsoluteAndRelativeChangeAndNoControlGroup() {
        PilotStatistics s = new PilotStatistics("Доля пропущенных звонков, %", new BigDecimal("31"), new BigDecimal("12"), 40);
        assertThat(s.change()).isEqualByComparingTo("-19");
        assertThat(s.relativeChangePercent()).isCloseTo(-1900.0 / 31, within(1e-12));
        assertThat(s.verdict()).isEqualTo(EvidenceVerdict.NO_CONTROL_GROUP);
    }

    @Test
    void pilotFromZeroHasNoRelativeChange() {
        PilotStatistics s = new PilotStatistics("Жалобы в неделю", BigDecimal.ZERO, new BigDecimal("2.5"), null);
        assertThat(s.change()).isEqualByComparingTo("2.5");
        assertThat(s.relativeChangePercent()).isNull();
    }

    @Test
    void pilotOfANegativeMetricCountsARiseAsPositive() {
        PilotStatistics s = new PilotStatistics("Баланс", new BigDecimal("-10"), new BigDecimal("-5"), 3);
        assertThat(s.relativeChangePercent()).isEqualTo(50.0);
    }

    private static void assertInterval(Interval actual, double low, double high, double tolerance) {
        assertThat(actual.low()).as("low").isCloseTo(low, within(tolerance));
        assertThat(actual.high()).as("high").isCloseTo(high, within(tolerance));
    }
}
