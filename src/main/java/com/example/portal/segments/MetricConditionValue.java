package com.example.portal.segments;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A condition on a client's current result, e.g. missed_call_share > 20. */
@Embeddable
public record MetricConditionValue(
        @Column(nullable = false) String metric,
        @Enumerated(EnumType.STRING) @Column(nullable = false) ComparisonOperator operator,
        @Column(nullable = false) BigDecimal threshold) {

    /** Equality by numeric value, so 20 and 20.0000 read back from the database are the same condition. */
    boolean sameAs(MetricConditionValue other) {
        return metric.equals(other.metric) && operator == other.operator && threshold.compareTo(other.threshold) == 0;
    }
}
