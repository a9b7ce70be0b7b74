package com.example.portal.segments;

import java.math.BigDecimal;

import com.example.portal.segments.api.MetricCondition;

/**
 * A condition on a client's current result, e.g. missed_call_share > 20, as plain values: what the sentence and the
 * pitch matcher read (the stored form is {@link MetricConditionValue}, a JPA embeddable that stays in this feature).
 */
public record MetricRule(String metric, ComparisonOperator operator, BigDecimal threshold) {

    /** The rule a segment's criteria state in the API. */
    public static MetricRule of(MetricCondition condition) {
        return new MetricRule(condition.metric(), condition.operator(), BigDecimal.valueOf(condition.threshold()));
    }
}
