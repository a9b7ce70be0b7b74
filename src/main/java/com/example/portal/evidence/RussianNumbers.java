package com.example.portal.evidence;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Numbers as a Russian reader writes them: decimal comma, a real minus sign, no trailing zeros ("12", not "12,0"). */
final class RussianNumbers {

    private static final String MINUS = "\u2212";
    private static final BigDecimal SMALLEST_P_SHOWN = new BigDecimal("0.001");
    private static final BigDecimal ALPHA = BigDecimal.valueOf(AbTestStatistics.ALPHA);

    private RussianNumbers() {
    }

    /** At most one decimal, rounded half up: "13,8", "36". */
    static String number(double value) {
        return text(rounded(value, RoundingMode.HALF_UP));
    }

    /** Every decimal the value has: a pilot's "2,75". */
    static String number(BigDecimal value) {
        return text(value);
    }

    /** Like {@link #number(double)} with "+" before positive values: "+14", "−2,9", "0". */
    static String signed(double value) {
        return withSign(rounded(value, RoundingMode.HALF_UP));
    }

    /** Like {@link #number(BigDecimal)} with "+" before positive values. */
    static String signed(BigDecimal value) {
        return withSign(value);
    }

    /** "от −2,9 до +6,5", rounded outwards so the interval shown is never narrower than the one computed. */
    static String signedInterval(Interval interval) {
        return "от " + withSign(rounded(interval.low(), RoundingMode.FLOOR)) + " до "
                + withSign(rounded(interval.high(), RoundingMode.CEILING));
    }

    /** "82,5–94,5%", rounded outwards like {@link #signedInterval}. */
    static String percentInterval(Interval interval) {
        return text(rounded(interval.low(), RoundingMode.FLOOR)) + "–"
                + text(rounded(interval.high(), RoundingMode.CEILING)) + "%";
    }

    /**
     * "p < 0,001", or "p = " with two significant digits. Where two digits would round a p-value onto 0,05 from
     * either side (0,0496 or 0,0504), three are shown, so the number never seems to contradict the verdict.
     */
    static String pValue(double p) {
        BigDecimal exact = BigDecimal.valueOf(p);
        if (exact.compareTo(SMALLEST_P_SHOWN) < 0) {
            return "p < " + text(SMALLEST_P_SHOWN);
        }
        BigDecimal shown = exact.round(new MathContext(2, RoundingMode.HALF_UP));
        if (shown.compareTo(ALPHA) == 0 && exact.compareTo(ALPHA) != 0) {
            shown = exact.round(new MathContext(3, RoundingMode.HALF_UP));
        }
        return "p = " + text(shown);
    }

    private static BigDecimal rounded(double value, RoundingMode mode) {
        return BigDecimal.valueOf(value).setScale(1, mode);
    }

    private static String withSign(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + text(value);
    }

    private static String text(BigDecimal value) {
        // Zero has no sign: "−0" after rounding −0,04 would suggest a direction.
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString().replace('.', ',').replace("-", MINUS);
    }
}
