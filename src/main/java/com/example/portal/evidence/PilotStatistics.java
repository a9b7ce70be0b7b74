package com.example.portal.evidence;

import java.math.BigDecimal;

/** A pilot's metric before and after. No test is possible: without a control group there is nothing to compare with. */
record PilotStatistics(String metric, BigDecimal before, BigDecimal after, Integer participants) {

    BigDecimal change() {
        return after.subtract(before);
    }

    /**
     * The change relative to the value before, in percent; null when that value is 0. Divided by the absolute
     * value, so a rise is positive even for a metric that can be negative.
     */
    Double relativeChangePercent() {
        return before.signum() == 0 ? null : 100.0 * change().doubleValue() / before.abs().doubleValue();
    }

    EvidenceVerdict verdict() {
        return EvidenceVerdict.NO_CONTROL_GROUP;
    }

    String method() {
        return "Change from before to after, absolute and relative to before; no statistical test, as there is no "
                + "control group.";
    }
}
