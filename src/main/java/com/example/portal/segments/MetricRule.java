package com.example.portal.segments;

import java.math.BigDecimal;

/**
 * A condition on a client's current result, e.g. missed_call_share > 20, as plain values: what the sentence and the
 * pitch matcher read (the stored form is {@link MetricConditionValue}, a JPA embeddable that stays in this feature).
 */
public record MetricRule(String metric, ComparisonOperator operator, BigDecimal threshold) {
}
